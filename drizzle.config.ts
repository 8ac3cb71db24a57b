import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` is used: the console applies migrations itself at start,
// because drizzle-kit cannot open PGlite with PostGIS.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
});
