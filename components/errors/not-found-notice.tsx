import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { LocaleSwitch } from "@/components/layout/locale-switch";

// Shown for an address nobody serves; the language switch is here too because a lost user
// may not read the default language.
export async function NotFoundNotice() {
  const t = await getTranslations("errors.notFound");
  return (
    <main className="status-page" data-testid="not-found">
      <div className="panel">
        <p className="status-code">404</p>
        <h1>{t("title")}</h1>
        <p>{t("body")}</p>
        <p className="actions">
          <Link href="/">{t("home")}</Link>
          <LocaleSwitch />
        </p>
      </div>
    </main>
  );
}
