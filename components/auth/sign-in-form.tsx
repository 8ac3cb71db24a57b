"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import { authClient } from "@/lib/auth/auth-client";
import { type SignInProblem, signInProblem, waitParts } from "@/lib/auth/sign-in-error";

import { SecondFactorStep } from "./second-factor-step";

export function SignInForm() {
  const t = useTranslations("signIn");
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  const [working, setWorking] = useState(false);
  // While refused for a while the message counts down; only the address-wide limit holds the
  // button, since another account may still sign in from this screen.
  const [until, setUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [secondStep, setSecondStep] = useState(false);

  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= until) {
        setUntil(null);
        setProblem(null);
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setWorking(true);
    setProblem(null);
    let retryAfter: string | null = null;
    let second = false;
    const found = await authClient.signIn
      .email(
        { email: formText(form, "email"), password: formText(form, "password") },
        {
          onError: ({ response }) => {
            retryAfter = response.headers.get("retry-after") ?? response.headers.get("x-retry-after");
          },
        },
      )
      .then(
        ({ data, error }) => {
          second = Boolean(data && "twoFactorRedirect" in data && data.twoFactorRedirect);
          return error ? signInProblem({ status: error.status, code: error.code, retryAfter }) : null;
        },
        () => ({ key: "unavailable" }) as const,
      );
    setWorking(false);
    if (found) {
      setProblem(found);
      if ("waitS" in found) {
        setNow(Date.now());
        setUntil(Date.now() + found.waitS * 1000);
      }
      return;
    }
    if (second) return setSecondStep(true);
    // A full load, so the server sends the role's home screen with the new session.
    window.location.assign("/");
  }

  function say(p: SignInProblem): string {
    switch (p.key) {
      case "invalidOrigin":
        return t("invalidOrigin", { origin: window.location.origin });
      case "lockedOut":
      case "slowDown": {
        const left = until === null ? p.waitS : Math.ceil((until - now) / 1000);
        const wait = waitParts(left);
        return t(p.key, { wait: t(wait.unit === "minutes" ? "waitMinutes" : "waitSeconds", { n: wait.n }) });
      }
      default:
        return t(p.key);
    }
  }

  if (secondStep) return <SecondFactorStep />;
  return (
    <form onSubmit={onSubmit} aria-label={t("title")}>
      <label htmlFor="email">{t("email")}</label>
      <input id="email" name="email" type="email" autoComplete="username" required autoFocus />
      <label htmlFor="password">{t("password")}</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required minLength={8} />
      <p>
        <button className="primary" type="submit" disabled={working || (until !== null && problem?.key === "slowDown")}>
          {working ? t("working") : t("submit")}
        </button>
      </p>
      {problem && (
        <p className="error" role="alert" data-problem={problem.key}>
          {say(problem)}
        </p>
      )}
    </form>
  );
}

const formText = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};
