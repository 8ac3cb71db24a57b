// GET /api/cameras/{id}/live/{token} - a variant playlist or segment of an open view, proxied
import { proxyLiveLink } from "@/lib/cameras/live-proxy";

export const dynamic = "force-dynamic";

export const GET = proxyLiveLink;
