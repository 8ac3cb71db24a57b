import { z } from "zod";

import { idSchema } from "@/lib/api/id-param";
import { assignmentOutcomes, incidentDispositions } from "@/lib/dispatch/vocabulary";

import { latSchema, lonSchema } from "./coordinates";

export const dispatchStationSchema = z.object({ stationId: idSchema });
export type DispatchStationInput = z.infer<typeof dispatchStationSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);

/** A station's next step on its assignment; the report comes with "cleared". */
export const assignmentStatusSchema = z
  .object({
    status: z.enum(["acknowledged", "en_route", "on_scene", "cleared", "cancelled"]),
    note: text(500).optional(),
    unit: text(60).optional().describe("the patrol unit that goes, named on acknowledgement"),
    outcome: z.enum(assignmentOutcomes).optional().describe("required with cleared"),
    report: text(4000).optional().describe("the field report, with cleared"),
  })
  .refine((v) => v.status !== "cleared" || v.outcome !== undefined, {
    path: ["outcome"],
    message: "an outcome is required to clear an assignment",
  })
  .refine((v) => v.status === "cleared" || (v.outcome === undefined && v.report === undefined), {
    path: ["outcome"],
    message: "an outcome and report come only with cleared",
  })
  .refine((v) => v.status === "acknowledged" || v.unit === undefined, {
    path: ["unit"],
    message: "the unit is named on acknowledgement",
  });
export type AssignmentStatusInput = z.infer<typeof assignmentStatusSchema>;

export const closeIncidentSchema = z.object({
  disposition: z.enum(incidentDispositions),
  note: text(500).optional(),
});
export type CloseIncidentInput = z.infer<typeof closeIncidentSchema>;

/** Another station in place of this one: the assignment is cancelled with the reason. */
export const moveAssignmentSchema = z.object({ stationId: idSchema, reason: text(500) });
export type MoveAssignmentInput = z.infer<typeof moveAssignmentSchema>;

/** A dispatcher's or call-taker's note on an incident, kept in its timeline. */
export const incidentNoteSchema = z.object({ text: text(2000) });
export type IncidentNoteInput = z.infer<typeof incidentNoteSchema>;
/** The dispatcher's answer to a job not acknowledged in time. */
export const escalationSchema = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("redispatch").describe("send this station as well (the one offered, or another)"),
    stationId: idSchema,
  }),
  z.object({ action: z.literal("wait").describe("give the station another period to acknowledge") }),
]);
export type EscalationInput = z.infer<typeof escalationSchema>;

/** A better place for an incident: the caller said more, or a better fix came; the reason is kept. */
export const moveIncidentSchema = z.object({
  lat: latSchema,
  lon: lonSchema,
  address: z.string().trim().max(300).optional(),
  reason: text(300),
});
export type MoveIncidentInput = z.infer<typeof moveIncidentSchema>;
