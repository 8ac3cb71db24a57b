import { type AuditQuery, auditQuerySchema } from "@/lib/validations/audit-query";

/** The console's clock for people: Jakarta's (WIB, UTC+7, no daylight saving). */
export const JAKARTA_OFFSET = "+07:00";

const localMinute = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const localDay = /^\d{4}-\d{2}-\d{2}$/;

/** A time typed in a form (a datetime-local or date field, Jakarta time) as ISO 8601; other text as it is. */
export function formTimeToIso(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (localMinute.test(value)) return `${value}:00${JAKARTA_OFFSET}`;
  if (localDay.test(value)) return `${value}T00:00:00${JAKARTA_OFFSET}`;
  return value;
}

export type FormParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** The audit page's filters from its query string: the API's query, or why it is not one. */
export function auditQueryFromForm(
  params: FormParams,
): { ok: true; query: AuditQuery } | { ok: false; message: string } {
  const parsed = auditQuerySchema.safeParse({
    user: one(params.user),
    action: one(params.action),
    from: formTimeToIso(one(params.from)),
    to: formTimeToIso(one(params.to)),
    before: one(params.before),
    limit: 100,
  });
  if (parsed.success) return { ok: true, query: parsed.data };
  return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
}

/** The query string of the same filters, for the CSV export and the next page. */
export function auditSearch(query: AuditQuery, extra: Partial<Record<"before", number>> = {}): string {
  const entries = Object.entries({
    user: query.user,
    action: query.action,
    from: query.from,
    to: query.to,
    ...extra,
  }).filter((e): e is [string, string | number] => e[1] !== undefined);
  return new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString();
}
