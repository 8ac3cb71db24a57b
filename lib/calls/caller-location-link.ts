import { createHash, randomBytes } from "node:crypto";

import type { Db } from "@/db";
import { getCall } from "@/db/queries/calls";
import { insertLocationLink, locationLinkOpen, useLocationLink } from "@/db/queries/location-links";
import { ApiError, notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { smsError } from "@/lib/dispatch/text-station";
import { baseUrl, env, smsConfigured } from "@/lib/env";
import { commitChange, commitStatement } from "@/lib/events/commit-change";
import { logger } from "@/lib/logging/logger";
import { twilioSms } from "@/lib/twilio/rest-client";
import type { SharedLocationInput } from "@/lib/validations/caller-location";

export interface LocationLink {
  url: string;
  expiresAt: string;
  /** Whether it is being texted to the caller; otherwise the call-taker sends it by hand. */
  texted: boolean;
}

// The link's token is its only key: 24 random bytes, kept as a hash.
const hashOf = (token: string) => createHash("sha256").update(token).digest("base64url");
export const locationLinkUrl = (token: string) => `${baseUrl()}/l/${token}`;

/**
 * A one-time link for a call's caller to send their phone's location, texted to their number
 * when Twilio is configured (after the link is committed, never waited on). The link carries
 * nothing but its token: no number, no name, no incident.
 */
export async function makeLocationLink(db: Db, user: CurrentUser, callId: number): Promise<LocationLink> {
  const call = await getCall(db, callId);
  if (!call) throw notFound(`Call ${callId}`);
  if (call.generated) throw new ApiError(409, "conflict", `Call ${callId} is generated history: no one to ask.`);
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + env.LOCATION_LINK_MINUTES * 60_000);
  // A training caller has no phone; the link is still made, to be opened by hand.
  const texted = smsConfigured() && !call.training;
  const { result: linkId } = await commitChange(db, async (tx) => {
    const id = await insertLocationLink(tx, { tokenHash: hashOf(token), callId, createdBy: user.id, expiresAt });
    return {
      result: id,
      events: [
        {
          type: "call.location_requested",
          actorId: user.id,
          payload: { callId, linkId: id, expiresAt: expiresAt.toISOString(), texted },
        },
      ],
    };
  });
  const url = locationLinkUrl(token);
  if (texted)
    textLink(db, { callId, linkId, to: call.callerNumber, url }).catch((error: unknown) =>
      logger().error({ err: error, callId }, "the location link's SMS could not be logged"),
    );
  return { url, expiresAt: expiresAt.toISOString(), texted };
}

async function textLink(db: Db, link: { callId: number; linkId: number; to: string; url: string }): Promise<void> {
  let outcome: { sid: string | null; error: string | null };
  try {
    const from = env.TWILIO_SMS_FROM!;
    const message = await twilioSms().messages.create({
      to: link.to,
      ...(from.startsWith("MG") ? { messagingServiceSid: from } : { from }),
      body: `Jakarta Siaga 112: buka tautan ini untuk mengirim lokasi Anda ke petugas / open to send us your location: ${link.url}`,
    });
    outcome = { sid: message.sid, error: null };
  } catch (error) {
    outcome = { sid: null, error: smsError(error) };
  }
  await commitStatement(db, {
    result: null,
    writes: [],
    events: [
      {
        type: "call.location_texted",
        actorId: null,
        payload: { callId: link.callId, linkId: link.linkId, ...outcome },
      },
    ],
  });
}

const goneLink = () =>
  new ApiError(
    410,
    "link_gone",
    "This location link has expired or was already used: ask the call-taker for a new one.",
  );

/** Whether the link can still be used (the page asks before it asks the phone). */
export const locationLinkIsOpen = (db: Db, token: string) => locationLinkOpen(db, hashOf(token));

/** The caller's phone's point, through the link, once: the call-taker's form has it at once. */
export async function shareCallerLocation(db: Db, token: string, input: SharedLocationInput): Promise<void> {
  const accuracyM = input.accuracy ?? null;
  await commitChange(db, async (tx) => {
    const link = await useLocationLink(tx, hashOf(token), { lat: input.lat, lon: input.lon, accuracyM });
    if (!link) throw goneLink();
    return {
      result: null,
      events: [
        {
          type: "call.location_shared",
          actorId: null,
          payload: { callId: link.callId, linkId: link.id, lat: input.lat, lon: input.lon, accuracyM },
        },
      ],
    };
  });
}
