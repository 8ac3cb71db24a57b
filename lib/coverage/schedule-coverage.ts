import { coalescedJob } from "@/lib/jobs/coalesced-job";

import { recomputeCoverage } from "./recompute-coverage";

/**
 * Counts the coverage again after the registry changed (a view edited, cameras imported): one
 * recomputation at a time, changes made meanwhile counted by one more run after it.
 */
export const scheduleCoverage = coalescedJob("coverage", recomputeCoverage);
