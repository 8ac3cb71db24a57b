import { z } from "zod";

import { normalizePhoneNumber } from "@/lib/calls/normalize-phone-number";
import { callClassifications, callStatuses } from "@/lib/calls/vocabulary";

// Stored in one form (see normalizePhoneNumber), so a typed 0812… finds the calls Twilio logged as +62812….
export const phoneNumberSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{3,20}$/, "a phone number of 3 to 20 digits")
  .transform(normalizePhoneNumber);

export const logCallSchema = z.object({
  callerNumber: phoneNumberSchema,
  /** When the call came in; now when absent. */
  ringingAt: z.coerce
    .date()
    .refine((d) => d.getTime() <= Date.now() + 60_000, "ringingAt cannot be in the future")
    .optional(),
});

// Classifications that close a call without an incident; "emergency" and "duplicate" go
// through creating or linking an incident.
export const classifyCallSchema = z.object({
  classification: z.enum(callClassifications).exclude(["emergency", "duplicate"]),
});

export const linkCallSchema = z.object({ incidentId: z.number().int().positive() });

export const callsQuerySchema = z.object({
  status: z.enum(["active", "callback", "recent", ...callStatuses]).default("recent"),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const trainingCallSchema = z.object({ from: phoneNumberSchema.optional() });
