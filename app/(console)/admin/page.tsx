import { getTranslations } from "next-intl/server";

import { AccountTable } from "@/components/admin/account-table";
import { CreateAccountForm } from "@/components/admin/create-account-form";
import { StationEditor } from "@/components/admin/station-editor";
import { StationStaffingTable } from "@/components/admin/station-staffing-table";
import { RecentEvents } from "@/components/realtime/recent-events";
import { getDb } from "@/db";
import { readAtSeq } from "@/db/queries/read-at-seq";
import { listKecamatan, listStationDetails } from "@/db/queries/stations";
import { listAccountViews } from "@/lib/accounts/list-accounts";
import { requireScreen } from "@/lib/auth/session-user";
import { env } from "@/lib/env";

export default async function AdminPage() {
  const user = await requireScreen("/admin");
  const t = await getTranslations("pages.admin");
  const { seq, data } = await readAtSeq(getDb(), async (tx) => ({
    stations: await listStationDetails(tx),
    accounts: await listAccountViews(tx),
    kecamatan: await listKecamatan(tx),
  }));
  const stationCodes = data.stations.filter((s) => s.kind === "polsek").map((s) => s.code);
  return (
    <main className="page wide">
      <h1>{t("title")}</h1>
      <section className="panel">
        <h2>{t("users")}</h2>
        <CreateAccountForm stationCodes={stationCodes} />
        <AccountTable accounts={data.accounts} stationCodes={stationCodes} selfId={user.id} />
      </section>
      <section className="panel">
        <h2>{t("editStation")}</h2>
        <StationEditor
          stations={data.stations.map((s) => ({
            id: s.id,
            code: s.code,
            name: s.name,
            address: s.address,
            phone: s.phone,
            smsNumber: s.smsNumber,
            jurisdictionCodes: s.jurisdictionCodes,
            lat: s.lat,
            lon: s.lon,
          }))}
          kecamatan={data.kecamatan}
          mapboxToken={env.MAPBOX_TOKEN ?? null}
        />
      </section>
      <section className="panel">
        <h2>{t("stations")}</h2>
        <p className="muted">{t("import")}</p>
        <StationStaffingTable
          sinceSeq={seq}
          stations={data.stations.map((s) => ({
            id: s.id,
            code: s.code,
            name: s.name,
            kind: s.kind,
            staffed: s.staffed,
          }))}
        />
      </section>
      <RecentEvents />
    </main>
  );
}
