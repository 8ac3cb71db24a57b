"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { useApiData } from "@/components/ui/use-api-data";
import { isTyping, useWindowKeys } from "@/components/ui/use-window-keys";
import type { CallView } from "@/lib/calls/call-view";

type Script = { scenarioId: string; lines: string[]; audio: boolean };

/**
 * A training call's caller: nothing is said until the trainee asks (button or Alt+K), then one
 * line at a time, spoken too where the console has a speech engine. Only the trainee's own
 * session calls have a script; a training-button call has none.
 */
export function CallerScript({ call }: { call: CallView }) {
  const t = useTranslations("training");
  const script = useApiData<Script>(call.training ? `/api/calls/${call.id}/script` : null);
  const [said, setSaid] = useState(0);

  function ask() {
    if (!script || said >= script.lines.length) return;
    if (script.audio) void new Audio(`/api/calls/${call.id}/script/audio?line=${said}`).play().catch(() => {});
    setSaid(said + 1);
  }
  useWindowKeys((e) => {
    if (e.altKey && e.key.toLowerCase() === "k" && !isTyping(e)) {
      e.preventDefault();
      ask();
    }
  });

  if (!script) return null;
  return (
    <section className="training-script" data-testid="caller-script" aria-label={t("caller")}>
      <p className="training-banner">{t("banner")}</p>
      <ol className="caller-lines">
        {script.lines.slice(0, said).map((line, i) => (
          <li key={i} data-testid="caller-line">
            {line}
          </li>
        ))}
      </ol>
      {said < script.lines.length ? (
        <button type="button" onClick={ask} data-testid="ask-caller" title="Alt+K">
          {t("ask")} <span className="mono">Alt+K</span>
        </button>
      ) : (
        <p className="muted">{t("saidAll")}</p>
      )}
    </section>
  );
}
