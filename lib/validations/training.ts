import { z } from "zod";

// A supervisor's new session: who trains, on what, at which pace.
export const startSessionSchema = z
  .object({
    traineeIds: z.array(z.string().min(1).max(100)).min(1, "choose at least one trainee").max(40),
    scenarioIds: z.array(z.string().min(1).max(60)).min(1, "choose at least one scenario").max(50),
    /** Seconds between two calls to the same trainee. */
    paceSeconds: z.number().int().min(5, "a pace of at least 5 seconds").max(3600).default(60),
    /** Every call at once. */
    burst: z.boolean().default(false),
  })
  .refine((s) => new Set(s.traineeIds).size === s.traineeIds.length, {
    path: ["traineeIds"],
    message: "a trainee is chosen once",
  });
export type StartSessionInput = z.infer<typeof startSessionSchema>;

export const scoresQuerySchema = z.object({
  traineeId: z.string().min(1).max(100).optional(),
});
