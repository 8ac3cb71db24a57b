import { getTranslations } from "next-intl/server";

import { SignInForm } from "@/components/auth/sign-in-form";
import { LocaleSwitch } from "@/components/layout/locale-switch";
import { isDemo } from "@/lib/auth/demo-accounts";

export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ locked?: string }> }) {
  const t = await getTranslations("signIn");
  const { locked } = await searchParams;
  return (
    <main className="sign-in">
      <div className="panel">
        <h1>Jakarta Siaga 112 — {t("title")}</h1>
        {locked && (
          <p className="notice" role="status" data-testid="idle-locked">
            {t("idleLocked")}
          </p>
        )}
        {isDemo() && <p className="notice">{t("demo")}</p>}
        <SignInForm />
        <p style={{ marginTop: 16 }}>
          <LocaleSwitch />
        </p>
      </div>
    </main>
  );
}
