"use client";
import "./globals.css";

import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";

// Replaces the root layout when that fails, so there is no language provider and possibly no
// readable cookie: both languages at once, Bahasa Indonesia first.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest =
    typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : null;
  return (
    <html lang="id">
      <body>
        <title>{`Jakarta Siaga 112 — ${id.errors.failed.title}`}</title>
        <main className="status-page" data-testid="failure" role="alert">
          <div className="panel">
            <h1>{id.errors.failed.title}</h1>
            <p>{id.errors.failed.body}</p>
            <p className="muted" lang="en">
              {en.errors.failed.title}. {en.errors.failed.body}
            </p>
            {digest && (
              <p className="muted">
                {id.errors.failed.code} / {en.errors.failed.code}: <code>{digest}</code>
              </p>
            )}
            <p className="actions">
              <button type="button" className="primary" onClick={() => retry()} autoFocus>
                {id.errors.failed.retry} / {en.errors.failed.retry}
              </button>
              <a href="/">{id.errors.failed.home}</a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
