// GET /api/health - is the console up, on which database, with how much data (no sign-in)
import { getDatabase } from "@/db";
import { tableCounts } from "@/db/queries/counts";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const { db, kind } = getDatabase();
    return Response.json({ data: { ok: true, database: kind, counts: await tableCounts(db) } });
  } catch (error) {
    return Response.json(
      {
        error: {
          code: "unavailable",
          message: `The database does not answer (${error instanceof Error ? error.message : String(error)}).`,
        },
      },
      { status: 503, headers: { "retry-after": "5" } },
    );
  }
}
