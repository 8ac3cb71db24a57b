import { randomBytes } from "node:crypto";

import type { Db } from "@/db";
import { endSession, insertSession, insertTrainingCalls, toSessionView } from "@/db/queries/training";
import { findUserById } from "@/db/queries/users";
import { ApiError, notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { commitChange } from "@/lib/events/commit-change";
import type { StartSessionInput } from "@/lib/validations/training";

import { misplacedDuplicate, scheduleCalls } from "./schedule-calls";
import type { TrainingSessionView } from "./session-view";
import { scenarioById } from "./shipped-scenarios";
import { wakeTrainingSweep } from "./training-sweep";

/** Roles that take calls on /calls, where a training call rings. */
const traineeRoles = ["operator", "supervisor"];

const unprocessable = (field: string, message: string) =>
  new ApiError(422, "invalid_input", message, { [field]: [message] });

// A supervisor's session: its calls are scheduled in the database, and the sweep rings each
// when due through the signed voice webhook (training-sweep.ts).
export async function startSession(db: Db, user: CurrentUser, input: StartSessionInput): Promise<TrainingSessionView> {
  const scenarios = input.scenarioIds.map((id) => {
    const s = scenarioById(id);
    if (!s) throw unprocessable("scenarioIds", `There is no scenario ${id}.`);
    return s;
  });
  const dup = misplacedDuplicate(scenarios);
  if (dup) throw unprocessable("scenarioIds", `${dup.id} repeats ${dup.duplicateOf}: put that one before it.`);
  for (const id of input.traineeIds) {
    const trainee = await findUserById(db, id);
    if (!trainee || trainee.banned) throw unprocessable("traineeIds", `There is no user ${id}.`);
    if (!traineeRoles.includes(trainee.role ?? ""))
      throw unprocessable("traineeIds", `${trainee.email} does not take calls (role ${trainee.role}).`);
  }
  const { result } = await commitChange(db, async (tx) => {
    const start = new Date();
    const row = await insertSession(tx, {
      supervisorId: user.id,
      traineeIds: input.traineeIds,
      scenarioIds: input.scenarioIds,
      paceSeconds: input.burst ? 0 : input.paceSeconds,
      burst: input.burst,
      startedAt: start,
    });
    const plan = { ...input, scenarios };
    await insertTrainingCalls(
      tx,
      scheduleCalls(plan, start).map((c) => ({ ...c, sessionId: row.id, callSid: newTrainingSid() })),
    );
    const session = toSessionView(row);
    return { result: session, events: [{ type: "training.session_started", actorId: user.id, payload: { session } }] };
  });
  wakeTrainingSweep();
  return result;
}

/** A CallSid of Twilio's form, chosen when the call is scheduled. */
const newTrainingSid = () => `CA${randomBytes(16).toString("hex")}`;

export async function stopSession(db: Db, user: CurrentUser, id: number): Promise<TrainingSessionView> {
  const { result } = await commitChange(db, async (tx) => {
    const row = await endSession(tx, id, new Date());
    if (!row) throw notFound(`Running training session ${id}`);
    const session = toSessionView(row);
    return { result: session, events: [{ type: "training.session_ended", actorId: user.id, payload: { session } }] };
  });
  // Its calls still unscored are scored as they stand, at once.
  wakeTrainingSweep();
  return result;
}
