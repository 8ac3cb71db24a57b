import type { Db } from "@/db";
import { coverageAreas, coverageCameras, replaceCoverageCells } from "@/db/queries/coverage";

import { cellsOfAreas, coverageOf } from "./coverage-grid";

/** Counts the coverage of every H3 cell over Jakarta's land from the registry as it is now. */
export async function recomputeCoverage(db: Db): Promise<{ cells: number; cameras: number; ms: number }> {
  const began = performance.now();
  const [areas, cameras] = await Promise.all([coverageAreas(db), coverageCameras(db)]);
  const cells = cellsOfAreas(areas);
  const coverage = coverageOf(cells, cameras);
  await db.transaction((tx) => replaceCoverageCells(tx, cells, coverage));
  return { cells: cells.size, cameras: cameras.length, ms: performance.now() - began };
}
