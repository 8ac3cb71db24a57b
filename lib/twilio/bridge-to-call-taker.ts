import twilio from "twilio";

import { ApiError } from "@/lib/api/api-error";

import { callTakerIdentity, twilioRest } from "./rest-client";

// Takes the caller out of the queue and rings the call-taker's browser phone, which accepts
// it at once (the call-taker has just pressed Answer). The call id travels as a parameter.
export async function bridgeToCallTaker(callSid: string, userId: string, callId: number): Promise<void> {
  const response = new twilio.twiml.VoiceResponse();
  const client = response.dial().client();
  client.identity(callTakerIdentity(userId));
  client.parameter({ name: "callId", value: String(callId) });
  try {
    await twilioRest().calls(callSid).update({ twiml: response.toString() });
  } catch (error) {
    throw new ApiError(
      502,
      "twilio_failed",
      `Twilio could not connect the call to your browser phone (${error instanceof Error ? error.message : String(error)}); it is still ringing.`,
    );
  }
}
