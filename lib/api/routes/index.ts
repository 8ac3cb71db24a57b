import type { RouteSpec } from "../define-route";
import * as admin from "./admin";
import * as audit from "./audit";
import * as calls from "./calls";
import * as cameras from "./cameras";
import * as coverage from "./coverage";
import * as dispatch from "./dispatch";
import * as events from "./events";
import * as footage from "./footage";
import * as incidents from "./incidents";
import * as map from "./map";
import * as metrics from "./metrics";
import * as places from "./places";
import * as stations from "./stations";
import * as training from "./training";

export const routeGroups = {
  calls,
  incidents,
  dispatch,
  places,
  map,
  events,
  stations,
  metrics,
  cameras,
  coverage,
  footage,
  training,
  audit,
  admin,
} as Record<string, Record<string, RouteSpec>>;

/** Every JSON route of the API, as declared; the OpenAPI document and the role-access test walk this list. */
export const jsonRoutes: readonly RouteSpec[] = Object.values(routeGroups).flatMap((group) => Object.values(group));
