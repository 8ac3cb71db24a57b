import type { Db } from "@/db";
import { gatherIncidentRecord } from "@/db/queries/incident-record";
import { readAtSeq } from "@/db/queries/read-at-seq";
import { notFound } from "@/lib/api/api-error";

import type { RecordSource } from "./incident-record";
import { RECORD_CAMERA_RADIUS_M } from "./record-access";

/**
 * One incident's record as the database holds it, read in one snapshot, with the event
 * sequence number it is exact at (a page follows the log from there); 404 when there is none.
 */
export async function readIncidentRecord(db: Db, incidentId: number): Promise<{ seq: number; source: RecordSource }> {
  const { seq, data } = await readAtSeq(db, (tx) => gatherIncidentRecord(tx, incidentId, RECORD_CAMERA_RADIUS_M));
  if (!data) throw notFound(`Incident ${incidentId}`);
  return { seq, source: data };
}
