import { getDatabase, getDb } from "@/db";
import { vacuumAnalyze } from "@/db/queries/vacuum-analyze";
import { rebuildClusters } from "@/lib/cameras/camera-clusters";
import { recomputeCoverage } from "@/lib/coverage/recompute-coverage";
import { openConsoleDatabase, quietLog } from "@/lib/server/open-console-database";

import { insertGeneratedRegistry } from "./generated-registry";

// Run before the console starts: adds N generated cameras in one SQL statement (generate_series
// around each kelurahan's point, a realistic mix of live and offline), then counts the map's
// clusters. A million rows this way take seconds, not the minutes of the import path.
const count = Number(process.argv[2] ?? "0");
await openConsoleDatabase(quietLog);
const db = getDb();
const began = performance.now();
await insertGeneratedRegistry(db, count);
const inserted = performance.now() - began;
// As after a real import, autovacuum would otherwise go through the million rows while the bench measures.
await vacuumAnalyze(db, ["cameras"]);
const step = performance.now();
await rebuildClusters(db);
const clustered = performance.now() - step;
// The blind-spot grid too, or the console would count it at its start while the bench measures.
const coverage = await recomputeCoverage(db);
await getDatabase().close();
console.log(JSON.stringify({ insertedMs: inserted, clusteredMs: clustered, coverageMs: coverage.ms }));
