import type { Db, Executor } from "@/db";
import {
  footageRequestContext,
  type FootageRequestRow,
  footageRequestRow,
  footageRequestRows,
  insertFootageRequest,
  lockFootageRequest,
  updateFootageRequest,
} from "@/db/queries/footage-requests";
import { ApiError, forbidden, notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { commitChange } from "@/lib/events/commit-change";
import type { CreateFootageRequestInput, FootageDecisionInput, FootageFollowUpInput } from "@/lib/validations/footage";

import { type FootageStep, stepFootageRequest } from "./footage-machine";
import type { FootageRequestView } from "./footage-request-view";
import { letterNumber } from "./letter-number";
import { jakartaDate, overwriteDate, overwritesSoon } from "./overwrite-date";
import { requestLetter } from "./request-letter";
import { type FootageRequestStatus, WINDOW_AFTER_MIN, WINDOW_BEFORE_MIN } from "./vocabulary";

// The unit that signs when no station has been sent yet: the regional police command.
const REGIONAL_UNIT = "Polda Metro Jaya";

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toView(row: FootageRequestRow, now: Date): FootageRequestView {
  const { r } = row;
  return {
    id: r.id,
    incidentId: r.incidentId,
    incidentNumber: row.incidentNumber,
    cameraId: r.cameraId,
    cameraName: row.cameraName,
    cameraExternalId: row.cameraExternalId,
    cameraAddress: row.cameraAddress,
    ownerName: row.ownerName,
    ownerContact: row.ownerContact,
    retentionDays: row.retentionDays,
    windowStart: r.windowStart.toISOString(),
    windowEnd: r.windowEnd.toISOString(),
    legalBasis: r.legalBasis,
    requestingUnit: r.requestingUnit,
    requesterName: row.requesterName,
    approverName: row.approverName,
    letterNumber: r.letterNumber,
    status: r.status,
    note: r.note,
    overwriteOn: r.overwriteOn,
    overwriteSoon: overwritesSoon(r.status, r.overwriteOn, now),
    createdAt: r.createdAt.toISOString(),
    decidedAt: iso(r.decidedAt),
    updatedAt: r.updatedAt.toISOString(),
  };
}

async function viewOf(db: Executor, id: number): Promise<FootageRequestView | null> {
  const row = await footageRequestRow(db, id);
  return row ? toView(row, new Date()) : null;
}

/** One request, as this user may see it: a polsek officer only their station's incidents'. */
export async function getFootageRequest(db: Db, user: CurrentUser, id: number): Promise<FootageRequestView> {
  const found = await viewOf(db, id);
  if (!found) throw notFound(`Footage request ${id}`);
  if (user.role === "polsek") {
    const mine = await footageRequestRows(db, { incidentId: found.incidentId, stationId: user.stationId ?? -1 });
    if (!mine.some((r) => r.r.id === id)) throw notFound(`Footage request ${id}`);
  }
  return found;
}

export async function listFootageRequests(
  db: Db,
  user: CurrentUser,
  filter: { incidentId?: number | undefined; status?: FootageRequestStatus | undefined },
): Promise<FootageRequestView[]> {
  const now = new Date();
  const rows = await footageRequestRows(db, {
    ...filter,
    stationId: user.role === "polsek" ? (user.stationId ?? -1) : undefined,
  });
  return rows.map((r) => toView(r, now));
}

export async function createFootageRequest(
  db: Db,
  user: CurrentUser,
  input: CreateFootageRequestInput,
): Promise<FootageRequestView> {
  const { incident, camera, sent } = await footageRequestContext(db, input.incidentId, input.cameraId);
  if (!incident) throw notFound(`Incident ${input.incidentId}`);
  if (!camera) throw notFound(`Camera ${input.cameraId}`);
  const ownStation = user.role === "polsek" ? sent.find((s) => s.stationId === user.stationId) : undefined;
  if (user.role === "polsek" && !ownStation) throw forbidden("request footage for another station's incident");
  if (camera.accessMode !== "on_request")
    throw new ApiError(422, "invalid_input", "Only an on-request camera's footage is requested; watch a live one.", {
      cameraId: ["the camera streams live: its footage is not requested from the owner"],
    });
  const firstCall = incident.firstCallAt ?? incident.createdAt;
  const windowStart = input.windowStart
    ? new Date(input.windowStart)
    : new Date(firstCall.getTime() - WINDOW_BEFORE_MIN * 60_000);
  const windowEnd = input.windowEnd
    ? new Date(input.windowEnd)
    : new Date(firstCall.getTime() + WINDOW_AFTER_MIN * 60_000);
  const { result } = await commitChange(db, async (tx) => {
    const id = await insertFootageRequest(tx, {
      incidentId: incident.id,
      cameraId: camera.id,
      windowStart,
      windowEnd,
      legalBasis: input.legalBasis,
      requestingUnit: ownStation?.name ?? sent[0]?.name ?? REGIONAL_UNIT,
      requesterId: user.id,
      overwriteOn: overwriteDate(windowStart, camera.retentionDays),
      note: input.note ?? null,
    });
    const request = (await viewOf(tx, id))!;
    return {
      result: request,
      events: [{ type: "footage.requested", incidentId: incident.id, actorId: user.id, payload: { request } }],
    };
  });
  return result;
}

export const decideFootageRequest = (db: Db, user: CurrentUser, id: number, input: FootageDecisionInput) =>
  stepRequest(db, user, id, input.decision, input.note);

const FOLLOW_UP_STEPS: Record<FootageFollowUpInput["status"], FootageStep> = {
  sent_to_owner: "send",
  received: "receive",
  refused: "owner_refuse",
};

export const followUpFootageRequest = (db: Db, user: CurrentUser, id: number, input: FootageFollowUpInput) =>
  stepRequest(db, user, id, FOLLOW_UP_STEPS[input.status], input.note);

const STEP_EVENTS = {
  approve: "footage.approved",
  refuse: "footage.refused",
  send: "footage.sent_to_owner",
  receive: "footage.received",
  owner_refuse: "footage.refused",
} as const;

async function stepRequest(
  db: Db,
  user: CurrentUser,
  id: number,
  step: FootageStep,
  note: string | undefined,
): Promise<FootageRequestView> {
  const { result } = await commitChange(db, async (tx) => {
    const status = await lockFootageRequest(tx, id);
    if (status === null) throw notFound(`Footage request ${id}`);
    const next = stepFootageRequest(status, step);
    if (next === null)
      throw new ApiError(
        409,
        "invalid_transition",
        `Footage request ${id} is ${status}: it cannot take the step ${step}.`,
        {
          status: [status],
        },
      );
    const now = new Date();
    const decided = step === "approve" || step === "refuse";
    await updateFootageRequest(tx, id, {
      status: next,
      ...(decided ? { approverId: user.id, decidedAt: now } : {}),
      ...(step === "approve" ? { letterNumber: letterNumber(id, jakartaDate(now)) } : {}),
      ...(note !== undefined ? { note } : {}),
    });
    const request = (await viewOf(tx, id))!;
    return {
      result: request,
      events: [{ type: STEP_EVENTS[step], incidentId: request.incidentId, actorId: user.id, payload: { request } }],
    };
  });
  return result;
}

/** The letter of an approved request (and one followed since); 409 before approval or after a refusal. */
export async function footageLetter(db: Db, user: CurrentUser, id: number) {
  const r = await getFootageRequest(db, user, id);
  if (!r.letterNumber || !r.decidedAt)
    throw new ApiError(409, "invalid_transition", `Footage request ${id} is ${r.status}: it has no letter.`, {
      status: [r.status],
    });
  return { request: r, letter: requestLetter({ ...r, letterNumber: r.letterNumber, decidedAt: r.decidedAt }) };
}
