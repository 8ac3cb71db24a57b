// GET /api/twilio/token - an access token for the browser phone (Twilio Voice SDK), when Twilio is configured
import twilio from "twilio";
import { ApiError } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import { env, twilioConfigured } from "@/lib/env";

export const dynamic = "force-dynamic";

export const GET = apiRoute(["operator", "supervisor"], async ({ user }) => {
  if (!twilioConfigured()) throw new ApiError(409, "twilio_not_configured", "Twilio is not configured: log calls by hand or ring a training call.");
  const { AccessToken } = twilio.jwt;
  const token = new AccessToken(env.TWILIO_ACCOUNT_SID!, env.TWILIO_API_KEY!, env.TWILIO_API_SECRET!, { identity: `calltaker-${user.id}`, ttl: 3600 });
  token.addGrant(new AccessToken.VoiceGrant({ outgoingApplicationSid: env.TWILIO_TWIML_APP_SID!, incomingAllow: true }));
  return Response.json({ data: { token: token.toJwt(), identity: `calltaker-${user.id}` } });
});
