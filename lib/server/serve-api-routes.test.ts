import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { findApiRoutes, matchApiRoute } from "./serve-api-routes";

const routes = findApiRoutes(path.join(process.cwd(), "app"));
const matched = (pathname: string) => {
  const m = matchApiRoute(routes, pathname);
  return m && { route: m.route.segments.join("/"), params: m.params };
};

describe("the API's route files, matched as Next.js matches them", () => {
  it("finds every route file under app/api but better-auth's catch-all", () => {
    const walk = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name === "route.ts" ? [dir] : []));
    const files = walk(path.join(process.cwd(), "app", "api")).filter((d) => !d.includes("[..."));
    expect(routes.map((r) => path.dirname(r.file)).sort()).toEqual(files.sort());
  });

  it("gives the path's parameters, decoded", () => {
    expect(matched("/api/incidents/42/recommendation")).toEqual({
      route: "api/incidents/[id]/recommendation",
      params: { id: "42" },
    });
    expect(matched("/api/tiles/cameras/14/13062/8468")).toEqual({
      route: "api/tiles/cameras/[z]/[x]/[y]",
      params: { z: "14", x: "13062", y: "8468" },
    });
    expect(matched("/api/location/a%20b")?.params).toEqual({ token: "a b" });
  });

  it("prefers a static segment to a dynamic one", () => {
    expect(matched("/api/cameras/near")?.route).toBe("api/cameras/near");
    expect(matched("/api/cameras/17")?.route).toBe("api/cameras/[id]");
    expect(matched("/api/incidents/duplicates")?.route).toBe("api/incidents/duplicates");
  });

  it("leaves to Next.js what no route file names, an empty or badly encoded segment, and the catch-all", () => {
    expect(matched("/api/nothing-here")).toBeNull();
    expect(matched("/api/incidents/42/recommendation/")).toBeNull();
    expect(matched("/api/incidents//recommendation")).toBeNull();
    expect(matched("/api/incidents/%E0%A4%A/recommendation")).toBeNull();
    expect(matched("/api/auth/sign-in/email")).toBeNull();
  });

  it("ranks routes in a folder of its own", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "routes-"));
    for (const d of ["api/things/[id]", "api/things/new", "api/things/[id]/parts/[part]", "api/[...all]"]) {
      fs.mkdirSync(path.join(dir, d), { recursive: true });
      fs.writeFileSync(path.join(dir, d, "route.ts"), "");
    }
    const own = findApiRoutes(dir);
    expect(own.map((r) => r.segments.join("/"))).toEqual([
      "api/things/new",
      "api/things/[id]",
      "api/things/[id]/parts/[part]",
    ]);
    expect(matchApiRoute(own, "/api/things/new")?.route.segments.at(-1)).toBe("new");
    expect(matchApiRoute(own, "/api/things/7/parts/x")?.params).toEqual({ id: "7", part: "x" });
  });
});
