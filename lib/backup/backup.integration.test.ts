import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import type { IncidentView } from "@/lib/incidents/incident-view";
import { TEST_AUTH_SECRET } from "@/lib/testing/fixture";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";

const run = (script: string, args: string[], env: Record<string, string>) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      env: { ...process.env, AUTH_SECRET: TEST_AUTH_SECRET, LOG_LEVEL: "silent", DATABASE_URL: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("close", (code) => resolve({ code, output }));
  });

describe("backup and restore of the embedded database", () => {
  const consoles: RunningConsole[] = [];
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "siaga-backup-"));
  afterAll(async () => {
    for (const c of consoles.reverse()) await c.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it(
    "backs up a running console, restores into a fresh data folder, and the console there has every incident",
    { timeout: 240_000 },
    async () => {
      const c = await startConsole("pglite");
      consoles.push(c);
      const made: IncidentView[] = [];
      for (let i = 0; i < 6; i++)
        made.push(
          await c.data<IncidentView>("/api/incidents", {
            as: "operator",
            method: "POST",
            json: { type: "kebakaran", priority: "P2", lat: -6.18 + i * 0.001, lon: 106.83, description: `Asap ${i}` },
          }),
        );
      const file = path.join(scratch, "siaga.tar.gz");
      // The console holds the folder: the command asks it for the copy.
      const backup = await run("lib/backup/backup-cli.ts", [file], { DATA_DIR: c.database.env.DATA_DIR });
      expect(backup.code, backup.output).toBe(0);
      expect(fs.statSync(file).size).toBeGreaterThan(1_000_000);
      // Made after the backup: not in it.
      const later = await c.data<IncidentView>("/api/incidents", {
        as: "operator",
        method: "POST",
        json: { type: "kebakaran", priority: "P2", lat: -6.17, lon: 106.83, description: "Sesudah cadangan" },
      });

      // A console holds this folder: restoring over it is refused.
      const refused = await run("lib/backup/restore-cli.ts", [file], { DATA_DIR: c.database.env.DATA_DIR });
      expect(refused.code, refused.output).toBe(3);
      expect(refused.output).toContain("Stop it first");

      const fresh = path.join(scratch, "restored");
      const restore = await run("lib/backup/restore-cli.ts", [file], { DATA_DIR: fresh });
      expect(restore.code, restore.output).toBe(0);

      const restored = await startConsole("pglite", { DATA_DIR: fresh });
      consoles.push(restored);
      for (const incident of made) {
        const found = await restored.data<IncidentView>(`/api/incidents/${incident.id}`, { as: "supervisor" });
        expect(found).toMatchObject({ number: incident.number, description: incident.description });
      }
      expect((await restored.api(`/api/incidents/${later.id}`, { as: "supervisor" })).status).toBe(404);
    },
  );

  it("says how to use pg_dump when the data is in PostgreSQL", async () => {
    const res = await run("lib/backup/backup-cli.ts", [], {
      DATABASE_URL: "postgres://siaga@127.0.0.1:1/siaga",
      DATA_DIR: path.join(scratch, "unused"),
    });
    expect(res.code).toBe(0);
    expect(res.output).toContain("pg_dump --format=custom");
    expect(res.output).toContain("pg_restore");
  });
});
