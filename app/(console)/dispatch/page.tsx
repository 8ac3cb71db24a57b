import { DispatchClient } from "@/components/dispatch/dispatch-client";
import { getDb } from "@/db";
import { listIncidentViews } from "@/db/queries/incidents";
import { readAtSeq } from "@/db/queries/read-at-seq";
import { requireScreen } from "@/lib/auth/session-user";
import { env } from "@/lib/env";

export default async function DispatchPage() {
  await requireScreen("/dispatch");
  const { seq, data: incidents } = await readAtSeq(getDb(), (tx) => listIncidentViews(tx, "open"));
  return (
    <main className="full">
      <DispatchClient initialIncidents={incidents} sinceSeq={seq} mapboxToken={env.MAPBOX_TOKEN ?? null} />
    </main>
  );
}
