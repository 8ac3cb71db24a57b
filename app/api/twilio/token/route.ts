// GET /api/twilio/token - an access token for the browser phone (Twilio Voice SDK), when Twilio is configured
import twilio from "twilio";

import { ApiError } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import { twilioTokenRoute } from "@/lib/api/routes/calls";
import { env, twilioConfigured } from "@/lib/env";
import { callTakerIdentity } from "@/lib/twilio/rest-client";

export const dynamic = "force-dynamic";

export const GET = apiRoute(twilioTokenRoute, async ({ user }) => {
  if (!twilioConfigured())
    throw new ApiError(
      409,
      "twilio_not_configured",
      "Twilio is not configured: log calls by hand or ring a training call.",
    );
  const { AccessToken } = twilio.jwt;
  const identity = callTakerIdentity(user.id);
  const token = new AccessToken(env.TWILIO_ACCOUNT_SID!, env.TWILIO_API_KEY!, env.TWILIO_API_SECRET!, {
    identity,
    ttl: 3600,
  });
  token.addGrant(
    new AccessToken.VoiceGrant({ outgoingApplicationSid: env.TWILIO_TWIML_APP_SID!, incomingAllow: true }),
  );
  return { token: token.toJwt(), identity, ttlSeconds: 3600 };
});
