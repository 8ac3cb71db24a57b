import { z } from "zod";

import { trainingSessionStatuses } from "./vocabulary";

/** A training session as consoles see it. */
export const trainingSessionViewSchema = z.object({
  id: z.number().int(),
  supervisorId: z.string(),
  traineeIds: z.array(z.string()),
  scenarioIds: z.array(z.string()),
  paceSeconds: z.number().int(),
  burst: z.boolean(),
  status: z.enum(trainingSessionStatuses),
  startedAt: z.string().describe("ISO 8601, UTC"),
  endedAt: z.string().nullable(),
});
export type TrainingSessionView = z.infer<typeof trainingSessionViewSchema>;
