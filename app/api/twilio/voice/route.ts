// POST /api/twilio/voice - Twilio rings a new 112 call: store it once, greet and queue the caller
import { getDb } from "@/db";
import { ringCall } from "@/lib/twilio/ring-call";
import { greetAndQueue, sorryStayOnTheLine, twimlResponse } from "@/lib/twilio/twiml";
import { publicUrl } from "@/lib/twilio/verify-webhook";
import { twilioWebhook } from "@/lib/twilio/webhook-route";
import { twilioVoiceSchema } from "@/lib/validations/twilio";

export const POST = twilioWebhook(
  twilioVoiceSchema,
  async (params, origin) => {
    await ringCall(getDb(), params, origin);
    return twimlResponse(greetAndQueue());
  },
  // The console failed to store the call (its database down): the caller stays on the line,
  // and Twilio comes back to this same URL, as it signs it.
  { onFailure: (req) => twimlResponse(sorryStayOnTheLine(publicUrl(req))) },
);
