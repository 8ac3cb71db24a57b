import { getTranslations } from "next-intl/server";

import { AuditTable } from "@/components/audit/audit-table";
import { IncidentExportForm } from "@/components/audit/incident-export-form";
import { getDb } from "@/db";
import { listAccounts } from "@/db/queries/accounts";
import { auditQueryFromForm, auditSearch, type FormParams } from "@/lib/audit/audit-form";
import { readAuditPage } from "@/lib/audit/read-audit-page";
import { requireScreen } from "@/lib/auth/session-user";
import { eventFamilies, eventTypes } from "@/lib/realtime/event-types";

// The audit trail: a dense table of the log's own events, filtered by the query string (a
// plain GET form, so a filtered view is a link one can keep), paged back by seq.
export default async function AuditPage({ searchParams }: { searchParams: Promise<FormParams> }) {
  const user = await requireScreen("/audit");
  const t = await getTranslations("audit");
  const params = await searchParams;
  const form = auditQueryFromForm(params);
  const db = getDb();
  const [page, accounts] = await Promise.all([
    form.ok ? readAuditPage(db, user.role, form.query) : null,
    listAccounts(db),
  ]);
  const value = (k: string) => (typeof params[k] === "string" ? params[k] : "");
  const search = form.ok ? auditSearch(form.query) : "";
  return (
    <main className="page wide">
      <h1>{t("title")}</h1>
      <form className="filters panel" method="get" data-testid="audit-filters">
        <label>
          {t("user")}{" "}
          <select name="user" defaultValue={value("user")}>
            <option value="">{t("anyone")}</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.email})
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("action")}{" "}
          <select name="action" defaultValue={value("action")}>
            <option value="">{t("anything")}</option>
            {eventFamilies.map((f) => (
              <option key={f} value={f}>
                {f}*
              </option>
            ))}
            {eventTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("from")} <input type="datetime-local" name="from" defaultValue={value("from")} />
        </label>{" "}
        <label>
          {t("to")} <input type="datetime-local" name="to" defaultValue={value("to")} />
        </label>{" "}
        <button type="submit">{t("apply")}</button> <a href="/audit">{t("clear")}</a>
        {" · "}
        <a href={`/api/audit.csv${search ? `?${search}` : ""}`} data-testid="audit-csv" download>
          {t("exportCsv")}
        </a>
      </form>
      {!form.ok && (
        <p className="error" role="alert">
          {t("badFilter", { message: form.message })}
        </p>
      )}
      {page && (
        <section className="panel">
          <AuditTable rows={page.events} />
          <p>
            {form.ok && form.query.before !== undefined && (
              <a href={`/audit${search ? `?${search}` : ""}`}>{t("newest")}</a>
            )}{" "}
            {form.ok && page.nextBefore !== null && (
              <a href={`/audit?${auditSearch(form.query, { before: page.nextBefore })}`} data-testid="audit-older">
                {t("older")}
              </a>
            )}
          </p>
        </section>
      )}
      <section className="panel">
        <h2>{t("incidentsExport")}</h2>
        <IncidentExportForm />
      </section>
    </main>
  );
}
