import { z } from "zod";

import { kotaCountsSchema, providerProgressSchema, registryCameraSchema } from "@/lib/cameras/registry-camera";
import { cameraViewEditors, cameraWatchers, heartbeatReporters, registryReaders } from "@/lib/cameras/watch-roles";
import { heartbeatsBody } from "@/lib/validations/camera-heartbeats";
import { cameraViewSchema, providerTargetSchema, registryFilterSchema } from "@/lib/validations/camera-registry";

import { defineRoute } from "../define-route";
import { changedSchema } from "./common";

export const closeCameraViewsRoute = defineRoute({
  method: "POST",
  path: "/api/cameras/{id}/views/close",
  roles: cameraWatchers,
  summary:
    "The player closed the live camera: the user's open views of it end, each in the audit trail with how long it lasted (a view the player never closes ends 20 s after its last fetch)",
  response: z.object({ closed: z.number().int().describe("views ended") }),
});

const heartbeatResult = z.object({
  seen: z.number().int().describe("cameras marked seen now"),
  online: z.number().int().describe("of them, offline before and online again (each a camera.online event)"),
  unknown: z.array(z.union([z.number().int(), z.string()])).describe("ids and external ids no camera has"),
});

export const cameraHeartbeatRoute = defineRoute({
  method: "POST",
  path: "/api/cameras/{id}/heartbeat",
  roles: heartbeatReporters,
  summary:
    "The camera is alive now (from its recorder or video-management system): online, last seen now. A camera that reports and then stays silent past CAMERA_OFFLINE_AFTER_SECONDS (300) goes offline, as a camera.offline event",
  response: heartbeatResult,
  alsoAnswers: [404],
});

export const cameraHeartbeatsRoute = defineRoute({
  method: "POST",
  path: "/api/cameras/heartbeats",
  roles: heartbeatReporters,
  summary: "Heartbeats of many cameras at once (up to 10,000 ids and 10,000 external ids), as a recorder reports them",
  body: heartbeatsBody,
  response: heartbeatResult,
});

export const cameraHealthRoute = defineRoute({
  method: "GET",
  path: "/api/cameras/health",
  roles: ["monitor", "dispatcher", "supervisor", "admin"],
  summary: "The registry's health in counts (installed cameras), for the whole city or one kecamatan or kelurahan",
  query: z.object({
    area: z
      .string()
      .regex(/^\d{2,10}$/, "a BPS code")
      .optional(),
  }),
  response: z.object({
    online: z.number().int(),
    offline: z.number().int(),
    unknown: z.number().int(),
    liveOnline: z.number().int(),
    liveOffline: z.number().int(),
    reporting: z.number().int().describe("cameras that report heartbeats"),
    offlineAfterSeconds: z.number().int(),
  }),
});

export const registryCamerasRoute = defineRoute({
  method: "GET",
  path: "/api/cameras",
  roles: registryReaders,
  summary: "The camera registry, filtered, 100 a page by id, with how many match; never a stream or snapshot address",
  query: registryFilterSchema,
  response: z.object({ cameras: z.array(registryCameraSchema), total: z.number().int(), pageSize: z.number().int() }),
});

export const registryCountsRoute = defineRoute({
  method: "GET",
  path: "/api/cameras/registry-counts",
  roles: registryReaders,
  summary:
    "The counts the city reports per kota (registered, live, integrated with Jakarta Smart City, connected to the police, online now) and each provider's installation progress against its target",
  response: z.object({ byKota: z.array(kotaCountsSchema), providers: z.array(providerProgressSchema) }),
});

export const cameraViewRoute = defineRoute({
  method: "POST",
  path: "/api/cameras/{id}/view",
  roles: cameraViewEditors,
  summary:
    "Where the camera looks: bearing (null for a turning dome), field of view and range; a camera.view_changed event, and the coverage is counted again",
  body: cameraViewSchema,
  response: registryCameraSchema,
  alsoAnswers: [404],
});

export const providerTargetRoute = defineRoute({
  method: "POST",
  path: "/api/cameras/provider-targets",
  roles: ["admin"],
  summary: "The installation target of a provider, against which the registry shows its progress",
  body: providerTargetSchema,
  response: changedSchema,
});

export const monitorAreaRoute = defineRoute({
  method: "POST",
  path: "/api/cameras/my-area",
  roles: ["monitor"],
  summary:
    "Binds the signed-in monitor to a kecamatan or kelurahan (BPS code), whose cameras and health the live screen then shows first; null unbinds",
  body: z
    .object({
      areaCode: z
        .string()
        .regex(/^\d{2,10}$/, "a BPS code")
        .nullable(),
    })
    .strict(),
  response: z.object({ areaCode: z.string().nullable() }),
});
