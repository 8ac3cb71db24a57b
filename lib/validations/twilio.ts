import { z } from "zod";

// The parts of Twilio's voice webhooks the console uses; Twilio sends many more.
export const twilioVoiceSchema = z.object({
  CallSid: z.string().regex(/^CA[0-9a-zA-Z]{32}$/, "CallSid must be CA followed by 32 characters"),
  From: z.string().min(1).max(64),
  To: z.string().max(64).optional(),
});

export const twilioCallStatuses = [
  "queued",
  "initiated",
  "ringing",
  "in-progress",
  "completed",
  "busy",
  "no-answer",
  "failed",
  "canceled",
] as const;

export const twilioStatusSchema = twilioVoiceSchema.extend({
  CallStatus: z.enum(twilioCallStatuses),
  Timestamp: z.string().optional(),
});
export type TwilioStatus = z.infer<typeof twilioStatusSchema>["CallStatus"];
