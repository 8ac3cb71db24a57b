import { getTranslations } from "next-intl/server";

import { StationStaffingTable } from "@/components/admin/station-staffing-table";
import { RecentEvents } from "@/components/realtime/recent-events";
import { getDb } from "@/db";
import { readAtSeq } from "@/db/queries/read-at-seq";
import { listStations } from "@/db/queries/stations";
import { requireScreen } from "@/lib/auth/session-user";

export default async function AdminPage() {
  await requireScreen("/admin");
  const t = await getTranslations("pages.admin");
  const { seq, data: stations } = await readAtSeq(getDb(), (tx) => listStations(tx));
  return (
    <main className="page">
      <h1>{t("title")}</h1>
      <p className="muted">{t("import")}</p>
      <RecentEvents />
      <div className="panel">
        <h2>{t("stations")}</h2>
        <StationStaffingTable
          sinceSeq={seq}
          stations={stations.map((s) => ({ id: s.id, code: s.code, name: s.name, kind: s.kind, staffed: s.staffed }))}
        />
      </div>
    </main>
  );
}
