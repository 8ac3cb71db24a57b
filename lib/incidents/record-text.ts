import { createTranslator } from "next-intl";

import { legalBases } from "@/lib/footage/legal-bases";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";
import { formatDuration } from "@/lib/metrics/format-duration";
import type { EventLine } from "@/lib/realtime/describe-event";

const messages = { id, en } as const;

// The record's words in one language, for the page and the PDF alike: the PDF is drawn
// outside React, so both take their text from here rather than from next-intl's hooks.
export function recordText(locale: Locale) {
  const t = createTranslator({ locale, messages: messages[locale] });
  const time = new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
    timeZone: "Asia/Jakarta",
    dateStyle: "medium",
    timeStyle: "medium",
  });
  const clock = new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
    timeZone: "Asia/Jakarta",
    timeStyle: "medium",
  });
  const code = (ns: string, value: string) => (value ? t(`${ns}.${value}` as never) : "");
  return {
    t,
    locale,
    /** A date and time in Jakarta, with the zone named: the record is read anywhere. */
    at: (iso: string | null) => (iso ? `${time.format(new Date(iso))} WIB` : "—"),
    clock: (iso: string | null) => (iso ? clock.format(new Date(iso)) : "—"),
    duration: formatDuration,
    code,
    legalBasis: (basis: keyof typeof legalBases) => legalBases[basis][locale],
    /** An event as a sentence, its codes in the reader's language (as the live event list writes it). */
    event: ({ key, values }: EventLine) =>
      t(
        `events.${key}` as never,
        {
          ...values,
          ...(values.classification ? { classification: code("classifications", values.classification) } : {}),
          ...(values.callStatus ? { callStatus: code("callStatus", values.callStatus) } : {}),
          ...(values.incidentType ? { incidentType: code("incidentTypes", values.incidentType) } : {}),
          ...(values.disposition ? { disposition: code("dispositions", values.disposition) } : {}),
        } as never,
      ),
  };
}
export type RecordText = ReturnType<typeof recordText>;
