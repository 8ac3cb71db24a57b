// GET /api/health - is the console up, on which database, with how much data (no sign-in)
import { getDatabase } from "@/db";
import { tableCounts } from "@/db/queries/counts";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const { db, kind } = getDatabase();
    return Response.json({ ok: true, database: kind, counts: await tableCounts(db) });
  } catch (error) {
    return Response.json({ ok: false, error: { code: "unavailable", message: String(error) } }, { status: 503 });
  }
}
