import { z } from "zod";

import { scenarioKinds } from "@/lib/training/scenario";
import { trainingScoreSchema } from "@/lib/training/score-view";
import { trainingSessionViewSchema } from "@/lib/training/session-view";
import { scoresQuerySchema, startSessionSchema } from "@/lib/validations/training";

import { defineRoute } from "../define-route";

export const listScenariosRoute = defineRoute({
  method: "GET",
  path: "/api/training/scenarios",
  roles: ["supervisor"],
  summary: "The console's training scenarios, with what each expects (the answers: supervisors only)",
  response: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(scenarioKinds),
      title: z.string(),
      lines: z.number().int(),
      place: z.string().nullable(),
      classification: z.string(),
      station: z.string().nullable(),
    }),
  ),
});

export const startSessionRoute = defineRoute({
  method: "POST",
  path: "/api/training/sessions",
  roles: ["supervisor"],
  status: 201,
  idempotent: true,
  summary:
    "Start a training session: each trainee takes the scenarios in order, one every paceSeconds (or all at once with burst), rung through the signed voice webhook on their screen alone",
  body: startSessionSchema,
  response: trainingSessionViewSchema,
});

export const endSessionRoute = defineRoute({
  method: "POST",
  path: "/api/training/sessions/{id}/end",
  roles: ["supervisor"],
  summary: "End a running session: calls not yet rung never ring, and calls left open are scored as they stand",
  response: trainingSessionViewSchema,
  alsoAnswers: [404],
});

export const trainingScoresRoute = defineRoute({
  method: "GET",
  path: "/api/training/scores",
  roles: ["operator", "supervisor"],
  summary:
    "Training scores from the event log (training.scored), oldest first: a call-taker's own, or a supervisor's choice of trainee (all without one)",
  query: scoresQuerySchema,
  response: z.array(trainingScoreSchema),
});

export const callScriptRoute = defineRoute({
  method: "GET",
  path: "/api/calls/{id}/script",
  roles: ["operator", "supervisor"],
  summary:
    "What the caller of a training call says, line by line, for its trainee only (404 for any other call); audio says whether each line can be played",
  response: z.object({ scenarioId: z.string(), lines: z.array(z.string()), audio: z.boolean() }),
  alsoAnswers: [404],
});

export const traineesRoute = defineRoute({
  method: "GET",
  path: "/api/training/trainees",
  roles: ["supervisor"],
  summary: "Who can be trained: the accounts that take calls (operators and supervisors), with their ids",
  response: z.array(z.object({ id: z.string(), name: z.string(), email: z.string(), role: z.string() })),
});
