import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";

import { PrintButton } from "@/components/cameras/print-button";
import { RecordFreshness } from "@/components/incidents/record-freshness";
import { RecordMapFigure } from "@/components/incidents/record-map-figure";
import { getDb } from "@/db";
import { ApiError } from "@/lib/api/api-error";
import { idSchema } from "@/lib/api/id-param";
import { userFromHeaders } from "@/lib/auth/current-user";
import { homeFor } from "@/lib/auth/roles";
import { isLocale } from "@/lib/i18n/locales";
import { shapeIncidentRecord } from "@/lib/incidents/incident-record";
import { readIncidentRecord } from "@/lib/incidents/read-incident-record";
import { mayReadRecord, RECORD_CAMERA_RADIUS_M } from "@/lib/incidents/record-access";
import { recordSections } from "@/lib/incidents/record-sections";
import { recordText } from "@/lib/incidents/record-text";

export const dynamic = "force-dynamic";

function Table({ head, rows, testId }: { head: string[]; rows: string[][]; testId?: string }) {
  return (
    <table className="grid compact" data-testid={testId}>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) => (
              <td key={j}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// The record a review board reads (supervisor, admin): the same sections as record.pdf, to
// print from the browser or download; the EIDO beside it for another centre.
export default async function IncidentRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await userFromHeaders(await headers());
  if (!user) redirect("/sign-in");
  if (!mayReadRecord(user.role)) redirect(homeFor(user.role));
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  let read;
  try {
    read = await readIncidentRecord(getDb(), id.data);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) notFound();
    throw error;
  }
  const locale = await getLocale();
  const text = recordText(isLocale(locale) ? locale : "id");
  const { t } = text;
  const record = shapeIncidentRecord(read.source, user.role);
  const s = recordSections(record, text);
  const number = record.incident.number;
  return (
    <main className="page record" data-testid="incident-record" data-incident={number}>
      <div className="record-actions no-print">
        <PrintButton label={t("record.print")} />
        <a href={`/api/incidents/${id.data}/record.pdf`} data-testid="record-pdf">
          {t("record.pdf")}
        </a>
        <a href={`/api/incidents/${id.data}/eido`} data-testid="record-eido">
          {t("record.eido")}
        </a>
      </div>
      <RecordFreshness incidentId={id.data} sinceSeq={read.seq} />
      <h1>{t("record.title", { number })}</h1>
      <p className="muted">
        {t("record.asOf", { time: text.at(new Date().toISOString()), seq: read.seq, name: user.name })}
      </p>

      <div className="record-top">
        <section>
          <h2>{t("record.summary")}</h2>
          <table className="grid compact record-fields" data-testid="record-summary">
            <tbody>
              {s.summary.map(([label, value]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t("record.intervals")}</h2>
          <table className="grid compact record-fields" data-testid="record-intervals">
            <tbody>
              {s.intervals.map(([label, value]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td className="num">{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section>
          <h2>{t("record.place")}</h2>
          <RecordMapFigure
            map={record.map}
            labels={{
              incident: t("record.mapIncident"),
              station: t("record.mapStation"),
              noBoundary: t("record.mapNoBoundary"),
            }}
          />
        </section>
      </div>

      <section>
        <h2>{t("record.calls")}</h2>
        {s.calls.rows.length ? (
          <Table {...s.calls} testId="record-calls" />
        ) : (
          <p className="muted">{t("record.noCalls")}</p>
        )}
      </section>

      <section data-testid="record-assignments">
        <h2>{t("record.assignments")}</h2>
        {s.assignments.length === 0 && <p className="muted">{t("record.noAssignments")}</p>}
        {s.assignments.map((a) => (
          <div key={a.id} className="record-assignment" data-station={a.stationCode}>
            <h3>{a.head}</h3>
            <table className="grid compact" data-testid="assignment-steps">
              <thead>
                <tr>
                  {a.stepHead.map((h) => (
                    <th key={h}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {a.steps.map((r, i) => (
                  <tr key={i} data-step={a.stepCodes[i]}>
                    {r.map((c, j) => (
                      <td key={j}>{c}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {a.notes.map((n) => (
              <p key={n}>{n}</p>
            ))}
          </div>
        ))}
      </section>

      <section>
        <h2>{t("record.cameraViews")}</h2>
        <p className="muted">{t("record.cameraViewsNote", { radius: RECORD_CAMERA_RADIUS_M })}</p>
        {s.cameraViews.rows.length ? (
          <Table {...s.cameraViews} testId="record-camera-views" />
        ) : (
          <p className="muted">{t("record.noCameraViews")}</p>
        )}
      </section>

      <section>
        <h2>{t("record.footage")}</h2>
        {s.footage.rows.length ? (
          <Table {...s.footage} testId="record-footage" />
        ) : (
          <p className="muted">{t("record.noFootage")}</p>
        )}
      </section>

      <section>
        <h2>{t("record.timeline")}</h2>
        <table className="grid compact" data-testid="record-timeline">
          <thead>
            <tr>
              {s.timeline.head.map((h) => (
                <th key={h}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.timeline.rows.map((r, i) => (
              <tr key={r[0]} data-event-type={s.timeline.types[i]}>
                {r.map((c, j) => (
                  <td key={j}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
