"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { authClient } from "@/lib/auth/auth-client";

// After the password, for an account with a second factor: the six digits its app shows now.
export function SecondFactorStep() {
  const t = useTranslations("twoFactor");
  const [failed, setFailed] = useState(false);
  const [working, setWorking] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const code = new FormData(e.currentTarget).get("code");
    setWorking(true);
    const { error } = await authClient.twoFactor
      .verifyTotp({ code: typeof code === "string" ? code.trim() : "" })
      .catch(() => ({ error: true }));
    setWorking(false);
    if (error) return setFailed(true);
    window.location.assign("/");
  }

  return (
    <form onSubmit={onSubmit} aria-label={t("title")}>
      <label htmlFor="code">{t("code")}</label>
      <input
        id="code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6}"
        required
        autoFocus
      />
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
