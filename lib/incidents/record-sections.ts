import { responseMeasures } from "@/lib/metrics/vocabulary";

import type { IncidentRecord } from "./incident-record";
import type { RecordText } from "./record-text";

interface Table {
  head: string[];
  rows: string[][];
}

/** The record's sections as lines of text in the reader's language: the page and the PDF lay out the same words. */
export function recordSections(record: IncidentRecord, text: RecordText) {
  const { t, at, clock, code, duration } = text;
  const i = record.incident;
  const summary: [string, string][] = [
    [t("record.fields.type"), code("incidentTypes", i.type)],
    [t("record.fields.priority"), i.priority],
    [t("record.fields.status"), code("dispatch.incidentStatus", i.status)],
    [t("record.fields.disposition"), i.disposition ? code("dispositions", i.disposition) : t("record.open")],
    [t("record.fields.source"), t(`record.sources.${i.source}`)],
    [t("record.fields.address"), i.address ?? "—"],
    [t("record.fields.area"), [i.kelurahan?.name, i.kecamatan?.name, i.kota?.name].filter(Boolean).join(", ") || "—"],
    [t("record.fields.coordinates"), `${i.lat.toFixed(6)}, ${i.lon.toFixed(6)}`],
    [t("record.fields.description"), i.description ?? "—"],
    [t("record.fields.createdBy"), record.createdByName ?? "—"],
    [t("record.fields.createdAt"), at(i.createdAt)],
    [t("record.fields.closedAt"), at(record.closedAt)],
  ];
  const intervals: [string, string][] = responseMeasures.map((m) => [
    t(`supervisor.measures.${m}`),
    duration(record.intervals[m]),
  ]);
  const calls: Table = {
    head: (["number", "ringing", "answered", "ended", "classification", "callTaker"] as const).map((c) =>
      t(`record.callColumns.${c}`),
    ),
    rows: record.calls.map((c) => [
      c.callerNumber,
      at(c.ringingAt),
      clock(c.answeredAt),
      clock(c.endedAt),
      c.classification ? code("classifications", c.classification) : "—",
      c.callTakerName ?? "—",
    ]),
  };
  const assignments = record.assignments.map((a) => ({
    id: a.id,
    stationCode: a.stationCode,
    head: t("record.assignmentHead", {
      station: a.stationName,
      unit: a.unit ?? "—",
      dispatcher: a.dispatcherName ?? "—",
    }),
    stepHead: (["step", "time", "after"] as const).map((c) => t(`record.stepColumns.${c}`)),
    stepCodes: a.steps.map((s) => s.step),
    steps: a.steps.map((s) => [
      code("assignmentStatus", s.step),
      at(s.at),
      s.afterS ? `+${duration(s.afterS)}` : "0 s",
    ]),
    notes: [
      ...(a.outcome ? [t("record.outcome", { outcome: code("outcomes", a.outcome) })] : []),
      ...(a.fieldReport ? [t("record.report", { report: a.fieldReport })] : []),
    ],
  }));
  const cameraViews: Table = {
    head: (["camera", "viewer", "opened", "watched"] as const).map((c) => t(`record.viewColumns.${c}`)),
    rows: record.cameraViews.map((v) => [
      v.cameraName,
      v.viewer,
      at(v.openedAt),
      v.seconds === null ? t("record.stillOpen") : duration(v.seconds),
    ]),
  };
  const footage: Table = {
    head: (["camera", "legalBasis", "status", "letter", "requester", "approver", "window"] as const).map((c) =>
      t(`record.footageColumns.${c}`),
    ),
    rows: record.footage.map((f) => [
      `${f.cameraName} (${f.cameraExternalId})`,
      text.legalBasis(f.legalBasis),
      code("footage.statuses", f.status),
      f.letterNumber ?? "—",
      f.requesterName,
      f.approverName ?? "—",
      `${at(f.windowStart)} – ${clock(f.windowEnd)}`,
    ]),
  };
  const timeline = {
    head: (["seq", "time", "actor", "event"] as const).map((c) => t(`record.timelineColumns.${c}`)),
    types: record.timeline.map((e) => e.type),
    rows: record.timeline.map((e) => [
      String(e.seq),
      at(e.at),
      e.actor ? `${e.actor}${e.actorRole ? ` (${code("roles", e.actorRole)})` : ""}` : t("record.system"),
      text.event(e.line),
    ]),
  };
  return { summary, intervals, calls, assignments, cameraViews, footage, timeline };
}
export type RecordSections = ReturnType<typeof recordSections>;
