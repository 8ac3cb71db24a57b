import { z } from "zod";

import { priorities, type Priority } from "@/lib/incidents/vocabulary";

/** Seconds a polsek has to acknowledge a job, by the incident's priority. */
export type AckTimeouts = Record<Priority, number>;

export const defaultAckTimeouts: Readonly<AckTimeouts> = { P1: 60, P2: 60, P3: 180, P4: 180 };

const seconds = z.coerce.number().int().min(1).max(86_400);
const entrySchema = z.tuple([z.enum(priorities), seconds]);

// `P1=60,P2=60,P3=180,P4=180`; a priority left out keeps its default, and one number alone
// (`2`) sets every priority, as tests and drills want.
export const ackTimeoutsSchema = z
  .string()
  .default("")
  .transform((text, ctx): AckTimeouts => {
    const timeouts = { ...defaultAckTimeouts };
    const parts = text
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const all = parts.length === 1 && !parts[0]!.includes("=") ? seconds.safeParse(parts[0]) : null;
    if (all?.success) return { P1: all.data, P2: all.data, P3: all.data, P4: all.data };
    for (const part of parts) {
      const parsed = entrySchema.safeParse(part.split("=").map((s) => s.trim()));
      if (!parsed.success) {
        ctx.addIssue({
          code: "custom",
          message: `${part}: write PRIORITY=SECONDS (P1 to P4, whole seconds from 1 to 86400), comma separated`,
        });
        return z.NEVER;
      }
      timeouts[parsed.data[0]] = parsed.data[1];
    }
    return timeouts;
  });
