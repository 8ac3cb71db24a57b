import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

// Every route handler file under app/api, as an OpenAPI path: [id] -> {id}, [...all] -> {path}.
function routePaths(dir = "app/api"): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routePaths(full);
    if (entry.name !== "route.ts") return [];
    return [`/${path.dirname(full)}`.replace(/\[\.\.\.\w+\]/g, "{path}").replace(/\[(\w+)\]/g, "{$1}").replaceAll(path.sep, "/").replace(/^\/app/, "")];
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
      const file = fs.readFileSync(path.join("app", p.replace("{path}", "[...all]").replace(/\{(\w+)\}/g, "[$1]"), "route.ts"), "utf8");
      const methods = [...file.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());
      const entry = doc.paths[p as keyof typeof doc.paths] as Record<string, unknown>;
      for (const m of methods.filter((m) => p !== "/api/auth/{path}" || m === "post")) expect(entry[m], `${m.toUpperCase()} ${p}`).toBeDefined();
    }
  });

  it("takes request schemas from the zod schemas the routes parse with", () => {
    const post = doc.paths["/api/incidents"].post.requestBody.content["application/json"].schema as { required: string[]; properties: Record<string, { enum?: string[] }> };
    expect(post.required).toEqual(expect.arrayContaining(["type", "priority", "lat", "lon"]));
    expect(post.properties.type?.enum).toContain("kebakaran");
  });
});
