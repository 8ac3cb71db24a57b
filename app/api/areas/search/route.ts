// GET /api/areas/search?q= - kelurahan and kecamatan by name, for the place field's completion
import { z } from "zod";
import { getDb } from "@/db";
import { searchAreas } from "@/db/queries/search-areas";
import { apiRoute } from "@/lib/api/api-route";
import { roles } from "@/lib/auth/roles";

export const dynamic = "force-dynamic";

const querySchema = z.object({ q: z.string().trim().min(2, "q needs at least 2 letters").max(60) });

export const GET = apiRoute(roles, async ({ req }) => {
  const { q } = querySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return Response.json({ areas: await searchAreas(getDb(), q) });
});
