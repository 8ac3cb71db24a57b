// GET /api/stations as map points - every station with its place and staffing
import { getDb } from "@/db";
import { listStations } from "@/db/queries/stations";
import { apiRoute } from "@/lib/api/api-route";
import { roles } from "@/lib/auth/roles";

export const dynamic = "force-dynamic";
export const GET = apiRoute(roles, async () => Response.json({ stations: await listStations(getDb()) }));
