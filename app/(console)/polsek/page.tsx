import { getTranslations } from "next-intl/server";

import { ScreenPending } from "@/components/layout/screen-pending";
import { getDb } from "@/db";
import { getStation } from "@/db/queries/stations";
import { requireScreen } from "@/lib/auth/session-user";

export default async function PolsekPage() {
  const user = await requireScreen("/polsek");
  const station = user.stationId ? await getStation(getDb(), user.stationId) : null;
  const t = await getTranslations("pages.polsek");
  return (
    <ScreenPending screen="polsek">
      <p data-testid="own-station">
        {t("station")}: <strong>{station ? `${station.name} (${station.code})` : "—"}</strong>
      </p>
    </ScreenPending>
  );
}
