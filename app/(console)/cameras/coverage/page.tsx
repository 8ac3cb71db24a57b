import { CoverageClient } from "@/components/cameras/coverage-client";
import { getDb } from "@/db";
import { coverageByArea } from "@/db/queries/coverage";
import { requireScreen } from "@/lib/auth/session-user";
import { env } from "@/lib/env";

export default async function CoveragePage() {
  await requireScreen("/cameras/coverage");
  return (
    <main className="full">
      <CoverageClient areas={await coverageByArea(getDb())} mapboxToken={env.MAPBOX_TOKEN ?? null} />
    </main>
  );
}
