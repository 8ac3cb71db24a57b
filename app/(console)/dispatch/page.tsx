import { DispatchClient } from "@/components/dispatch/dispatch-client";
import { getDb } from "@/db";
import { assignmentsOfOpenIncidents } from "@/db/queries/assignments";
import { callsOfOpenIncidents, toCallView } from "@/db/queries/calls";
import { listOpenEscalations } from "@/db/queries/escalations";
import { recommendationsOfOpenIncidents } from "@/db/queries/events";
import { listIncidentViews } from "@/db/queries/incidents";
import { readAtSeq } from "@/db/queries/read-at-seq";
import { requireScreen } from "@/lib/auth/session-user";
import { env } from "@/lib/env";

export default async function DispatchPage() {
  const user = await requireScreen("/dispatch");
  const { seq, data: board } = await readAtSeq(getDb(), async (tx) => ({
    incidents: await listIncidentViews(tx, "open", user.id),
    assignments: await assignmentsOfOpenIncidents(tx, user.id),
    calls: (await callsOfOpenIncidents(tx, user.id)).map(toCallView),
    escalations: await listOpenEscalations(tx),
    recommendations: await recommendationsOfOpenIncidents(tx),
  }));
  return (
    <main className="full">
      <DispatchClient role={user.role} initialBoard={board} sinceSeq={seq} mapboxToken={env.MAPBOX_TOKEN ?? null} />
    </main>
  );
}
