// GET /api/cameras/{id}/live/index.m3u8 - open a live camera through the console's proxy (audited)
import { openLivePlaylist } from "@/lib/cameras/live-proxy";

export const dynamic = "force-dynamic";

export const GET = openLivePlaylist;
