import { randomBytes } from "node:crypto";

import twilio from "twilio";

import { baseUrl } from "@/lib/env";

import { trainingToken } from "./training-token";

/** A random CallSid of Twilio's form: CA and 32 hex characters. */
export const newCallSid = () => `CA${randomBytes(16).toString("hex")}`;

// The training button: the console posts to its own voice webhook exactly what Twilio would,
// signed with the training token, so that the call goes through the same path as a real one.
// A training session's calls come the same way, with the CallSid chosen when they were scheduled.
export async function ringTrainingCall(
  from: string,
  callSid = newCallSid(),
): Promise<{ callSid: string; status: number }> {
  const url = `${baseUrl()}/api/twilio/voice`;
  const params = { CallSid: callSid, From: from, To: "112", CallStatus: "ringing", Direction: "inbound" };
  const signature = twilio.getExpectedTwilioSignature(trainingToken(), url, params);
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature },
    body: new URLSearchParams(params),
  });
  return { callSid: params.CallSid, status: res.status };
}
