// POST /api/twilio/status - Twilio's status callback: answered, completed, busy, no-answer, failed
import { getDb } from "@/db";
import { recordCallStatus } from "@/lib/twilio/record-call-status";
import { twilioWebhook } from "@/lib/twilio/webhook-route";
import { twilioStatusSchema } from "@/lib/validations/twilio";

export const POST = twilioWebhook(twilioStatusSchema, async (params) => {
  await recordCallStatus(getDb(), params);
  return new Response(null, { status: 204 });
});
