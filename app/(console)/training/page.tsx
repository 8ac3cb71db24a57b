import { TrainingClient } from "@/components/training/training-client";
import { getDb } from "@/db";
import { readAtSeq } from "@/db/queries/read-at-seq";
import { listScores, listSessions, toSessionView } from "@/db/queries/training";
import { callTakerNames } from "@/db/queries/users";
import { requireScreen } from "@/lib/auth/session-user";
import { scenarioSummaries } from "@/lib/training/scenario-summary";

// A call-taker sees their own scores over time; a supervisor starts sessions and compares
// trainees and scenarios. Both read the scores from the event log (training.scored).
export default async function TrainingPage() {
  const user = await requireScreen("/training");
  const supervisor = user.role === "supervisor";
  const { seq, data } = await readAtSeq(getDb(), async (tx) => ({
    scores: await listScores(tx, supervisor ? undefined : user.id),
    sessions: supervisor ? (await listSessions(tx)).map(toSessionView) : [],
    names: await callTakerNames(tx),
  }));
  return (
    <main className="page wide">
      <TrainingClient
        supervisor={supervisor}
        initialScores={data.scores}
        initialSessions={data.sessions}
        names={data.names}
        scenarios={scenarioSummaries()}
        sinceSeq={seq}
      />
    </main>
  );
}
