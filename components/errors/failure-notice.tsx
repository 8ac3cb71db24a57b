"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

/** The digest Next gives a server error: the same id is in the server's log beside the real message. */
const digestOf = (error: unknown) =>
  typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string"
    ? error.digest
    : null;

// What an error boundary shows: no stack and no message (a server error's message is hidden in
// production anyway), the digest to quote to an admin, and a retry, since most failures here
// are a database or network hiccup that passes.
export function FailureNotice({ error, retry, inConsole }: { error: unknown; retry: () => void; inConsole: boolean }) {
  const t = useTranslations("errors.failed");
  useEffect(() => console.error(error), [error]);
  const digest = digestOf(error);
  return (
    <main className={inConsole ? "page" : "status-page"} data-testid="failure" role="alert">
      <div className="panel">
        <h1>{t("title")}</h1>
        <p>{t(inConsole ? "screen" : "body")}</p>
        {digest && (
          <p className="muted">
            {t("code")}: <code>{digest}</code>
          </p>
        )}
        <p className="actions">
          <button type="button" className="primary" onClick={() => retry()} autoFocus>
            {t("retry")}
          </button>
          {/* A full load, not a client navigation: the client state may be what broke. */}
          <a href="/">{t("home")}</a>
        </p>
      </div>
    </main>
  );
}
