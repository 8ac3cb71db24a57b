import { SupervisorFigures } from "@/components/supervisor/supervisor-figures";
import { getDb } from "@/db";
import { callVolume } from "@/db/queries/call-volume";
import { responseTimes } from "@/db/queries/response-times";
import { env } from "@/lib/env";
import type { ResponseGrouping } from "@/lib/metrics/vocabulary";

// The response times and the call volume over the range: the page's two heavy reads, streamed
// in after the rest of the page, so that the browser loads the page's code meanwhile.
export async function FiguresSection({ from, to, groupBy }: { from: Date; to: Date; groupBy: ResponseGrouping }) {
  const db = getDb();
  const [times, volume] = await Promise.all([
    responseTimes(db, { from, to, groupBy, targets: env.RESPONSE_TARGETS }),
    callVolume(db, { from, to }),
  ]);
  return <SupervisorFigures times={times} volume={volume} />;
}
