// POST /api/twilio/voice - Twilio rings a new 112 call: store it once, greet and queue the caller
import { getDb } from "@/db";
import { ringCall } from "@/lib/twilio/ring-call";
import { greetAndQueue, twimlResponse } from "@/lib/twilio/twiml";
import { twilioWebhook } from "@/lib/twilio/webhook-route";
import { twilioVoiceSchema } from "@/lib/validations/twilio";

export const POST = twilioWebhook(twilioVoiceSchema, async (params, origin) => {
  await ringCall(getDb(), params, origin);
  return twimlResponse(greetAndQueue());
});
