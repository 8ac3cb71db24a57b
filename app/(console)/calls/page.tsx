import { CallsClient } from "@/components/calls/calls-client";
import { getDb } from "@/db";
import { listCalls, toCallView } from "@/db/queries/calls";
import { listIncidentViews } from "@/db/queries/incidents";
import { readAtSeq } from "@/db/queries/read-at-seq";
import { requireScreen } from "@/lib/auth/session-user";
import { env, twilioConfigured } from "@/lib/env";

export default async function CallsPage() {
  const user = await requireScreen("/calls");
  // One snapshot, so the calls, the incidents and sinceSeq all agree (db/queries/read-at-seq.ts).
  const {
    seq,
    data: [active, callback, incidents],
  } = await readAtSeq(
    getDb(),
    async (tx) =>
      [
        await listCalls(tx, "active", user.id),
        await listCalls(tx, "callback", user.id),
        await listIncidentViews(tx, "open", user.id),
      ] as const,
  );
  return (
    <main className="full">
      <CallsClient
        userId={user.id}
        handlingTimeoutSeconds={env.CALL_HANDLING_TIMEOUT_SECONDS}
        initialCalls={[...active, ...callback].map(toCallView)}
        initialIncidents={incidents}
        sinceSeq={seq}
        twilioConfigured={twilioConfigured()}
        mapboxToken={env.MAPBOX_TOKEN ?? null}
      />
    </main>
  );
}
