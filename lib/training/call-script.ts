import type { Db } from "@/db";
import { getCall } from "@/db/queries/calls";
import { trainingCallOfCall } from "@/db/queries/training";
import { notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";

import type { Scenario } from "./scenario";
import { scenarioById } from "./shipped-scenarios";
import { speechAvailable } from "./speak-line";

// The caller's side of a training call, for its trainee alone: the lines only, never what the
// scenario expects (the place, the type, the station), which is what the trainee must find out.
export async function callScenario(db: Db, user: CurrentUser, callId: number): Promise<Scenario> {
  const call = await getCall(db, callId);
  const scheduled = call?.traineeId === user.id ? await trainingCallOfCall(db, callId) : null;
  const scenario = scheduled ? scenarioById(scheduled.scenarioId) : null;
  if (!scenario) throw notFound(`Training call ${callId}`);
  return scenario;
}

export async function callScript(db: Db, user: CurrentUser, callId: number) {
  const scenario = await callScenario(db, user, callId);
  return { scenarioId: scenario.id, lines: scenario.lines, audio: await speechAvailable() };
}
