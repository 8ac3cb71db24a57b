import { getDb } from "@/db";
import { listIncidentViews } from "@/db/queries/incidents";
import { DispatchClient } from "@/components/dispatch/dispatch-client";
import { requireScreen } from "@/lib/auth/session-user";
import { env } from "@/lib/env";

export default async function DispatchPage() {
  await requireScreen("/dispatch");
  return (
    <main className="full">
      <DispatchClient initialIncidents={await listIncidentViews(getDb(), "open")} mapboxToken={env.MAPBOX_TOKEN ?? null} />
    </main>
  );
}
