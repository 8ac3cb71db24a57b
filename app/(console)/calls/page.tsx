import { getDb } from "@/db";
import { listCalls, toCallView } from "@/db/queries/calls";
import { listIncidentViews } from "@/db/queries/incidents";
import { CallsClient } from "@/components/calls/calls-client";
import { requireScreen } from "@/lib/auth/session-user";
import { env, twilioConfigured } from "@/lib/env";

export default async function CallsPage() {
  const user = await requireScreen("/calls");
  const db = getDb();
  const [active, callback, incidents] = await Promise.all([listCalls(db, "active"), listCalls(db, "callback"), listIncidentViews(db, "open")]);
  return (
    <main className="full">
      <CallsClient
        userId={user.id}
        handlingTimeoutSeconds={env.CALL_HANDLING_TIMEOUT_SECONDS}
        initialCalls={[...active, ...callback].map(toCallView)}
        initialIncidents={incidents}
        twilioConfigured={twilioConfigured()}
        mapboxToken={env.MAPBOX_TOKEN ?? null}
      />
    </main>
  );
}
