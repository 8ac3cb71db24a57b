// GET /l/{token} - the caller's page of a location link: asks the phone, posts its point (no sign-in)
import { getDb } from "@/db";
import { locationLinkIsOpen } from "@/lib/calls/caller-location-link";
import { locationPageHtml } from "@/lib/calls/location-page";
import { locationTokenSchema } from "@/lib/validations/caller-location";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = locationTokenSchema.safeParse((await params).token);
  const open = token.success && (await locationLinkIsOpen(getDb(), token.data));
  // The console's server puts this answer's policy, with its script nonce, on the request.
  const nonce = /'nonce-([^']+)'/.exec(req.headers.get("content-security-policy") ?? "")?.[1] ?? "";
  return new Response(locationPageHtml({ token: token.success ? token.data : "", nonce, open }), {
    status: open ? 200 : 410,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
    },
  });
}
