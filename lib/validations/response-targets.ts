import { z } from "zod";

import { responseMeasures, type ResponseTarget } from "@/lib/metrics/vocabulary";

// NENA's call answering standard (90% within 15 s, 95% within 20 s), NFPA 1225's processing
// time (90% within 60 s), Jakarta Siaga 112's own (a report handed on within 30 s, a fire
// reached within 15 minutes). Acknowledgement follows the default P1 deadline; travel has no
// published standard, so it gets the 15 minutes less the steps before it, rounded.
export const defaultResponseTargets: readonly ResponseTarget[] = [
  { measure: "answer", seconds: 15, share: 0.9 },
  { measure: "answer", seconds: 20, share: 0.95 },
  { measure: "processing", seconds: 30, share: 0.9 },
  { measure: "processing", seconds: 60, share: 0.9 },
  { measure: "acknowledgement", seconds: 60, share: 0.9 },
  { measure: "travel", seconds: 720, share: 0.9 },
  { measure: "total", seconds: 900, share: 0.9 },
];

const entrySchema = z.object({
  measure: z.enum(responseMeasures),
  seconds: z.coerce.number().int().min(1).max(86_400),
  share: z.coerce.number().int().min(1).max(100),
});

// `answer=15:90,answer=20:95,processing=60:90,...`: MEASURE=SECONDS:PERCENT. A measure named
// replaces all of its default targets; measures left out keep theirs.
export const responseTargetsSchema = z
  .string()
  .default("")
  .transform((text, ctx): ResponseTarget[] => {
    const parts = text
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const set: ResponseTarget[] = [];
    for (const part of parts) {
      const [measure, rest = ""] = part.split("=").map((s) => s.trim());
      const [seconds, share] = rest.split(":").map((s) => s.trim());
      const parsed = entrySchema.safeParse({ measure, seconds, share });
      if (!parsed.success) {
        ctx.addIssue({
          code: "custom",
          message: `${part}: write MEASURE=SECONDS:PERCENT (${responseMeasures.join(", ")}), comma separated`,
        });
        return z.NEVER;
      }
      set.push({ ...parsed.data, share: parsed.data.share / 100 });
    }
    const named = new Set(set.map((t) => t.measure));
    return [...defaultResponseTargets.filter((t) => !named.has(t.measure)), ...set];
  });
