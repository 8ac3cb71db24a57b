// The linter keeps the layers: db/ holds SQL and imports from lib/ only its vocabularies (and
// types); nothing the browser loads (components/) imports db/ or a server-only module.
import js from "@eslint/js";
import drizzle from "eslint-plugin-drizzle";
import reactHooks from "eslint-plugin-react-hooks";
import simpleImportSort from "eslint-plugin-simple-import-sort";
import globals from "globals";
import tseslint from "typescript-eslint";

const serverOnly = [
  "@/db",
  "@/db/**",
  "@/lib/env",
  "@/lib/server/**",
  "@/lib/events/**",
  "@/lib/import/**",
  "@/lib/seed/**",
  "@/lib/twilio/**",
  "@/lib/auth/auth",
  "@/lib/auth/current-user",
  "@/lib/auth/session-user",
  "@/lib/cameras/camera-views",
  "@/lib/cameras/live-proxy",
  "@/lib/incidents/record-pdf",
  "@/lib/footage/letter-pdf",
  "@/lib/api/tile-route",
  "@/lib/map/base-map-style",
  "@/lib/testing/**",
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      ".next-test/",
      ".data/",
      ".test-data/",
      "public/",
      "db/migrations/",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { "simple-import-sort": simpleImportSort, drizzle },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // An async handler on a React attribute is the usual way to start a request from a click.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      // Interfaces (an import's row writer, a cursor's fetch) are async whether or not one body awaits.
      "@typescript-eslint/require-await": "off",
      "simple-import-sort/imports": "error",
      "simple-import-sort/exports": "error",
      // Updates and deletes always say which rows.
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}", "app/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    files: ["db/**/*.ts"],
    ignores: ["db/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^@/lib/(?!\\w+/vocabulary$)",
              allowTypeImports: true,
              message:
                "db/ imports from lib/ only vocabularies and types; domain logic calls db/, not the other way round.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}", "app/**/*-client.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: serverOnly,
              message:
                "The browser bundle must not carry the database or server-only code: pass data from the page, or fetch it from the API.",
            },
          ],
        },
      ],
    },
  },
  { files: ["**/*.mjs", "**/*.js"], ...tseslint.configs.disableTypeChecked },
);
