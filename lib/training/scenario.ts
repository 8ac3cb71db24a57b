import { z } from "zod";

import { callClassifications } from "@/lib/calls/vocabulary";
import { incidentTypes, priorities } from "@/lib/incidents/vocabulary";
import { latSchema, lonSchema } from "@/lib/validations/coordinates";

// The kinds of calls Jakarta Siaga 112 reports, which the shipped scenarios cover.
export const scenarioKinds = [
  "ambulance",
  "traffic_accident",
  "fire",
  "wild_animal",
  "social_conflict",
  "flood",
  "fallen_tree",
  "missing_person",
  "prank",
  "cut_off",
] as const;

const kelurahanCode = z.string().regex(/^\d{10}$/, "a kelurahan's BPS code has 10 digits");

/** Where the emergency truly is, as the scorer checks it (within 200 m, or the right kelurahan). */
export const scenarioPlaceSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("landmark"),
    name: z.string().min(1),
    lat: latSchema,
    lon: lonSchema,
    kelurahanCode,
  }),
  z.strictObject({
    kind: z.literal("kelurahan"),
    kelurahan: z.string().min(1),
    kelurahanCode,
    lat: latSchema,
    lon: lonSchema,
  }),
  z.strictObject({ kind: z.literal("coordinates"), lat: latSchema, lon: lonSchema, kelurahanCode }),
  z.strictObject({ kind: z.literal("unknown") }),
]);

export const scenarioSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]{3,60}$/, "an id is 3 to 60 lowercase letters, digits and dashes"),
    kind: z.enum(scenarioKinds),
    title: z.string().min(1).max(200),
    /** The caller's number, as Twilio would post it. */
    caller: z.string().regex(/^\+\d{8,15}$/, "the caller's number is E.164, e.g. +6281234567890"),
    /** What the caller says, one line each time the trainee asks. */
    lines: z.array(z.string().min(1).max(500)).min(1).max(20),
    place: scenarioPlaceSchema,
    expect: z.strictObject({
      classification: z.enum(callClassifications),
      type: z.enum(incidentTypes).optional(),
      priority: z.enum(priorities).optional(),
      /** The code of the station that should be sent (POLSEK-<kecamatan code>). */
      station: z.string().min(1).optional(),
    }),
    /** This call reports the same emergency as an earlier scenario call of the session. */
    duplicateOf: z.string().optional(),
  })
  .superRefine((s, ctx) => {
    const emergency = s.expect.classification === "emergency";
    if (emergency && (!s.expect.type || !s.expect.priority))
      ctx.addIssue({ code: "custom", path: ["expect"], message: "an emergency expects a type and a priority" });
    if (s.expect.classification === "duplicate" && !s.duplicateOf)
      ctx.addIssue({ code: "custom", path: ["duplicateOf"], message: "a duplicate names the scenario it repeats" });
    if (s.kind === "prank" && s.expect.classification !== "prank")
      ctx.addIssue({ code: "custom", path: ["expect", "classification"], message: "a prank expects prank" });
  });
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioPlace = z.infer<typeof scenarioPlaceSchema>;
