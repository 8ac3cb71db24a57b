// GET /api/cameras/{id}/snapshot - the camera's still image, proxied
import { proxySnapshot } from "@/lib/cameras/live-proxy";

export const dynamic = "force-dynamic";

export const GET = proxySnapshot;
