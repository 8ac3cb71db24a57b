import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { openApiDocument } from "./openapi";
import { jsonRoutes, routeGroups } from "./routes";

// Every route handler file under app/api, as an OpenAPI path: [id] -> {id}, [...all] -> {path}.
function routePaths(dir = "app/api"): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routePaths(full);
    if (entry.name !== "route.ts") return [];
    return [
      `/${path.dirname(full)}`
        .replace(/\[\.\.\.\w+\]/g, "{path}")
        .replace(/\[(\w+)\]/g, "{$1}")
        .replaceAll(path.sep, "/")
        .replace(/^\/app/, ""),
    ];
  });
}

describe("the OpenAPI document", () => {
  const doc = openApiDocument();

  it("describes every route the console serves", () => {
    const described = Object.keys(doc.paths);
    expect(routePaths().filter((p) => !described.includes(p))).toEqual([]);
  });

  it("describes each method a route file exports", () => {
    for (const p of routePaths()) {
      const file = fs.readFileSync(
        path.join("app", p.replace("{path}", "[...all]").replace(/\{(\w+)\}/g, "[$1]"), "route.ts"),
        "utf8",
      );
      const methods = [...file.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());
      const entry = doc.paths[p]!;
      for (const m of methods.filter((m) => p !== "/api/auth/{path}" || m === "post"))
        expect(entry[m], `${m.toUpperCase()} ${p}`).toBeDefined();
    }
  });

  it("takes request and response schemas from the declarations the routes are built from", () => {
    const post = doc.paths["/api/incidents"]!.post as {
      requestBody: { content: Record<string, { schema: Schema }> };
      responses: Record<number, { content: Record<string, { schema: Schema }> }>;
    };
    const body = post.requestBody.content["application/json"]!.schema;
    expect(body.required).toEqual(expect.arrayContaining(["type", "priority", "lat", "lon"]));
    expect(body.properties!.type!.enum).toContain("kebakaran");
    const data = post.responses[201]!.content["application/json"]!.schema.properties!.data!;
    expect(data.required).toEqual(expect.arrayContaining(["id", "number", "kelurahan", "kecamatan", "kota"]));
  });

  it("builds each JSON route's handler from the declaration the document shows", () => {
    for (const route of jsonRoutes) {
      const file = fs.readFileSync(path.join("app", route.path.replace(/\{(\w+)\}/g, "[$1]"), "route.ts"), "utf8");
      const uses = new RegExp(`export const ${route.method} = apiRoute\\((\\w+)`).exec(file)?.[1];
      expect(uses, `${route.method} ${route.path}`).toBeDefined();
      const declared = Object.entries(routeGroups)
        .flatMap(([, g]) => Object.entries(g))
        .find(([, spec]) => spec === route)?.[0];
      expect(uses, `${route.method} ${route.path}`).toBe(declared);
    }
  });
});

type Schema = { required?: string[]; properties?: Record<string, Schema>; enum?: string[] };
