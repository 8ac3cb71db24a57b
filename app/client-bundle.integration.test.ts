import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

// The layers hold in the build itself: nothing the browser downloads carries drizzle (and so
// no SQL column names or query code), while the server's chunks, read the same way, do.
const DRIZZLE_MARK = 'Symbol.for("drizzle:entityKind")';
const built = process.env.NEXT_DIST_DIR ?? ".next-test";

function chunksUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".js"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}
const carrying = (files: string[]) => files.filter((f) => fs.readFileSync(f, "utf8").includes(DRIZZLE_MARK));

describe("the browser bundle", () => {
  it("holds no drizzle code, where the server's bundle does", () => {
    const browser = chunksUnder(path.join(built, "static"));
    expect(browser.length).toBeGreaterThan(10);
    expect(carrying(browser)).toEqual([]);
    expect(carrying(chunksUnder(path.join(built, "server"))).length).toBeGreaterThan(0);
  });
});
