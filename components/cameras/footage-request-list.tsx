"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import { useEventStream } from "@/components/realtime/use-event-stream";
import { apiFetch } from "@/components/ui/api-fetch";
import { useApiAction } from "@/components/ui/use-api-action";
import type { Role } from "@/lib/auth/roles";
import { nextFootageSteps } from "@/lib/footage/footage-machine";
import type { FootageRequestView } from "@/lib/footage/footage-request-view";
import { footageApprovers, footageFollowers } from "@/lib/footage/footage-roles";

/**
 * Footage requests (of one incident, or all), newest first, with the steps the user's role may
 * take; a request near its overwrite date stands out. Refreshed on every `footage.*` event.
 */
export function FootageRequestList({
  role,
  incidentId,
  sinceSeq,
}: {
  role: Role;
  incidentId?: number;
  /** The screen's place in the event log (db/queries/read-at-seq); the list is fetched again on each footage event after it. */
  sinceSeq: number;
}) {
  const t = useTranslations("footage");
  const { busy, error, run } = useApiAction();
  const [requests, setRequests] = useState<FootageRequestView[] | null>(null);
  const [version, setVersion] = useState(0);
  const url = `/api/footage-requests${incidentId === undefined ? "" : `?incidentId=${incidentId}`}`;
  useEffect(() => {
    let stale = false;
    void apiFetch<FootageRequestView[]>(url).then((r) => !stale && r.ok && setRequests(r.data));
    return () => void (stale = true);
  }, [url, version]);
  useEventStream(sinceSeq, (event) => {
    if (event.type.startsWith("footage.")) setVersion((v) => v + 1);
  });

  const decides = (footageApprovers as readonly Role[]).includes(role);
  const follows = (footageFollowers as readonly Role[]).includes(role);
  const act = (r: FootageRequestView, path: "decision" | "status", body: object) =>
    void run(`/api/footage-requests/${r.id}/${path}`, body).then(() => setVersion((v) => v + 1));

  if (!requests) return null;
  if (requests.length === 0) return <p className="muted">{t("none")}</p>;
  return (
    <div className="footage-requests">
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <table data-testid="footage-requests">
        <thead>
          <tr>
            <th>{t("camera")}</th>
            <th>{t("status")}</th>
            <th>{t("overwrite")}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {requests.map((r) => {
            const steps = nextFootageSteps(r.status);
            return (
              <tr key={r.id} className={r.overwriteSoon ? "overwrite-soon" : undefined} data-status={r.status}>
                <td>
                  {r.cameraName}
                  <br />
                  <span className="muted">{r.incidentNumber}</span>
                </td>
                <td>{t(`statuses.${r.status}`)}</td>
                <td>
                  {r.overwriteOn ?? "-"}
                  {r.overwriteSoon && <span className="tag">{t("overwriteSoon")}</span>}
                </td>
                <td>
                  {decides && steps.includes("approve") && (
                    <button type="button" disabled={busy} onClick={() => act(r, "decision", { decision: "approve" })}>
                      {t("approve")}
                    </button>
                  )}
                  {decides && steps.includes("refuse") && (
                    <button type="button" disabled={busy} onClick={() => act(r, "decision", { decision: "refuse" })}>
                      {t("refuse")}
                    </button>
                  )}
                  {follows && steps.includes("send") && (
                    <button type="button" disabled={busy} onClick={() => act(r, "status", { status: "sent_to_owner" })}>
                      {t("sent")}
                    </button>
                  )}
                  {follows && steps.includes("receive") && (
                    <button type="button" disabled={busy} onClick={() => act(r, "status", { status: "received" })}>
                      {t("received")}
                    </button>
                  )}
                  {follows && steps.includes("owner_refuse") && (
                    <button type="button" disabled={busy} onClick={() => act(r, "status", { status: "refused" })}>
                      {t("ownerRefused")}
                    </button>
                  )}
                  {r.letterNumber && (
                    <>
                      <a href={`/footage/${r.id}/letter`} target="_blank" rel="noreferrer">
                        {t("letter")}
                      </a>{" "}
                      <a href={`/api/footage-requests/${r.id}/letter.pdf`} target="_blank" rel="noreferrer">
                        PDF
                      </a>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
