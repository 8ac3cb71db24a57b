"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { authClient } from "@/lib/auth/auth-client";

export function SignInForm() {
  const t = useTranslations("signIn");
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setWorking(true);
    setError(null);
    const { error } = await authClient.signIn.email({ email: String(form.get("email")), password: String(form.get("password")) });
    setWorking(false);
    if (error) return setError(t("failed"));
    // A full load, so the server sends the role's home screen with the new session.
    window.location.assign("/");
  }

  return (
    <form onSubmit={onSubmit} aria-label={t("title")}>
      <label htmlFor="email">{t("email")}</label>
      <input id="email" name="email" type="email" autoComplete="username" required autoFocus />
      <label htmlFor="password">{t("password")}</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required minLength={8} />
      <p><button className="primary" type="submit" disabled={working}>{working ? t("working") : t("submit")}</button></p>
      {error && <p className="error" role="alert">{error}</p>}
    </form>
  );
}
