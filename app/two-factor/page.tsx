import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { TwoFactorEnrolment } from "@/components/auth/two-factor-enrolment";
import { LocaleSwitch } from "@/components/layout/locale-switch";
import { userFromHeaders } from "@/lib/auth/current-user";

export const dynamic = "force-dynamic";

// Where a user whose role must use a second factor lands until they have enrolled one.
export default async function TwoFactorPage() {
  const user = await userFromHeaders(await headers());
  if (!user) redirect("/sign-in");
  const t = await getTranslations("twoFactor");
  return (
    <main className="sign-in">
      <div className="panel">
        <h1>Jakarta Siaga 112 — {t("enrolTitle")}</h1>
        <TwoFactorEnrolment />
        <p style={{ marginTop: 16 }}>
          <LocaleSwitch />
        </p>
      </div>
    </main>
  );
}
