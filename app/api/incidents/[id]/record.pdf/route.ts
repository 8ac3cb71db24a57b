// GET /api/incidents/{id}/record.pdf - the incident's whole record as a PDF
import { getDb } from "@/db";
import { errorResponse, forbidden, unauthorized } from "@/lib/api/api-error";
import { idParam } from "@/lib/api/id-param";
import { userFromHeaders } from "@/lib/auth/current-user";
import { defaultLocale, isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { shapeIncidentRecord } from "@/lib/incidents/incident-record";
import { readIncidentRecord } from "@/lib/incidents/read-incident-record";
import { mayReadRecord } from "@/lib/incidents/record-access";
import { recordPdf } from "@/lib/incidents/record-pdf";
import { recordText } from "@/lib/incidents/record-text";

export const dynamic = "force-dynamic";

// In the language the reader chose on the console (its cookie); Bahasa Indonesia otherwise.
const localeCookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`);
const localeOf = (req: Request) => {
  const chosen = localeCookie.exec(req.headers.get("cookie") ?? "")?.[1];
  return isLocale(chosen) ? chosen : defaultLocale;
};

export const GET = async (req: Request, context: { params: Promise<{ id: string }> }): Promise<Response> => {
  try {
    const user = await userFromHeaders(req.headers);
    if (!user) throw unauthorized();
    if (!mayReadRecord(user.role)) throw forbidden("read incident records");
    const { seq, source } = await readIncidentRecord(getDb(), idParam((await context.params).id));
    const record = shapeIncidentRecord(source, user.role);
    const pdf = await recordPdf(record, recordText(localeOf(req)), { name: user.name, seq });
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="${record.incident.number}.pdf"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
};
