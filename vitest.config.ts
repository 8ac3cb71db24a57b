import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", ".next-test/**", ".data/**", ".test-data/**"],
    globalSetup: ["lib/testing/global-setup.ts"],
    environment: "node",
    // Integration files each start a console (about 1 GB with PGlite): two at a time on two cores.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { AUTH_SECRET: "test-secret-not-for-production-0123456789abcdef", LOG_LEVEL: "silent" },
  },
});
