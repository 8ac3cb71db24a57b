import path from "node:path";

import { defineConfig } from "vitest/config";

const ignored = ["node_modules/**", ".next/**", ".next-test/**", ".data/**", ".test-data/**"];
// Only the projects that start a console build the database templates: a run of unit tests
// alone never pays for them, nor for a `next build`.
const globalSetup = ["lib/testing/global-setup.ts"];

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    // Integration files each start a console (about 1 GB with PGlite): two at a time on two cores.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { AUTH_SECRET: "test-secret-not-for-production-0123456789abcdef", LOG_LEVEL: "silent" },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["**/*.test.ts"], exclude: [...ignored, "**/*.integration.test.ts", "e2e/**"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.integration.test.ts"],
          exclude: [...ignored, "e2e/**"],
          globalSetup,
        },
      },
      {
        extends: true,
        // Whole flows in up to three browsers that draw maps in software: on two cores shared with
        // the console they take 30 s quiet and more than twice that under load. Their speed is
        // measured by the benchmarks, not by a test's time limit.
        test: { name: "browser", include: ["e2e/**/*.test.ts"], exclude: ignored, globalSetup, testTimeout: 180_000 },
      },
    ],
  },
});
