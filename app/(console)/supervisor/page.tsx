import { getTranslations } from "next-intl/server";

import { FootageRequestList } from "@/components/cameras/footage-request-list";
import { ScreenPending } from "@/components/layout/screen-pending";
import { getDb } from "@/db";
import { readAtSeq } from "@/db/queries/read-at-seq";
import { requireScreen } from "@/lib/auth/session-user";

export default async function Page() {
  await requireScreen("/supervisor");
  const t = await getTranslations("footage");
  const { seq } = await readAtSeq(getDb(), () => Promise.resolve(null));
  return (
    <>
      <section className="panel">
        <h2>{t("title")}</h2>
        <FootageRequestList role="supervisor" sinceSeq={seq} />
      </section>
      <ScreenPending screen="supervisor" />
    </>
  );
}
