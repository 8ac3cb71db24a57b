"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { authClient } from "@/lib/auth/auth-client";

// Enrolment of an authenticator app: the password again, then the secret to type into the app
// (or its otpauth:// address), then one code from the app to prove it works.
export function TwoFactorEnrolment() {
  const t = useTranslations("twoFactor");
  const [enrolment, setEnrolment] = useState<{ uri: string; secret: string; backupCodes: string[] } | null>(null);
  const [failed, setFailed] = useState(false);
  const [working, setWorking] = useState(false);

  async function start(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const password = new FormData(e.currentTarget).get("password");
    setWorking(true);
    const { data, error } = await authClient.twoFactor.enable({
      password: typeof password === "string" ? password : "",
    });
    setWorking(false);
    if (error || !data || data.method !== "totp") return setFailed(true);
    setFailed(false);
    setEnrolment({
      uri: data.totpURI,
      secret: new URL(data.totpURI).searchParams.get("secret") ?? "",
      backupCodes: data.backupCodes,
    });
  }

  async function confirm(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const code = new FormData(e.currentTarget).get("code");
    setWorking(true);
    const { error } = await authClient.twoFactor.verifyTotp({ code: typeof code === "string" ? code.trim() : "" });
    setWorking(false);
    if (error) return setFailed(true);
    window.location.assign("/");
  }

  if (!enrolment)
    return (
      <form onSubmit={start} aria-label={t("enrolTitle")}>
        <p>{t("enrolIntro")}</p>
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required autoFocus />
        <p>
          <button className="primary" type="submit" disabled={working}>
            {t("start")}
          </button>
        </p>
        {failed && (
          <p className="error" role="alert">
            {t("wrongPassword")}
          </p>
        )}
      </form>
    );
  return (
    <form onSubmit={confirm} aria-label={t("enrolTitle")}>
      <p>{t("secret")}</p>
      <p>
        <code data-testid="totp-secret">{enrolment.secret}</code>
      </p>
      <p>
        <a href={enrolment.uri} data-testid="totp-uri">
          {t("openInApp")}
        </a>
      </p>
      <p>{t("backupCodes")}</p>
      <pre data-testid="backup-codes">{enrolment.backupCodes.join("\n")}</pre>
      <label htmlFor="code">{t("code")}</label>
      <input id="code" name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]{6}" required />
      <p>
        <button className="primary" type="submit" disabled={working}>
          {t("verify")}
        </button>
      </p>
      {failed && (
        <p className="error" role="alert">
          {t("wrongCode")}
        </p>
      )}
    </form>
  );
}
