import { JakartaMap } from "@/components/map/jakarta-map";
import { requireScreen } from "@/lib/auth/session-user";
import { env } from "@/lib/env";

export default async function MapPage() {
  await requireScreen("/map");
  return (
    <main className="full">
      <JakartaMap mapboxToken={env.MAPBOX_TOKEN ?? null} />
    </main>
  );
}
