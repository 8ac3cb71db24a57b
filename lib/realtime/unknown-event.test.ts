import { describe, expect, it } from "vitest";

import type { LoggedEvent } from "./events";
import { unknownEvent, unknownEventType } from "./unknown-event";

// A consumer that forgets an event type must not compile: the `@ts-expect-error` below is
// itself an error (checked by `npm run lint`, which type-checks) the day it stops being one.
function forgetsStaffing(event: LoggedEvent): string {
  switch (event.type) {
    case "call.rang":
    case "call.logged":
    case "call.answered":
    case "call.ended":
    case "call.classified":
    case "call.linked":
    case "call.called_back":
    case "incident.created":
      return event.type;
    default:
      // @ts-expect-error "station.staffing_changed" is not handled, so `event` is not `never`.
      return unknownEvent(event, "unchanged");
  }
}

describe("unknownEvent", () => {
  it("leaves state unchanged for a type the consumer does not know, and names it", () => {
    const newer = JSON.parse('{"seq":9,"type":"assignment.created","payload":{}}') as never;
    expect(unknownEvent(newer, "state")).toBe("state");
    expect(unknownEventType(newer)).toBe("assignment.created");
    const staffing: LoggedEvent = {
      seq: 1,
      type: "station.staffing_changed",
      payload: { code: "P", staffed: true },
      incidentId: null,
      stationId: 1,
      actorId: null,
      at: "",
    };
    expect(forgetsStaffing(staffing)).toBe("unchanged");
  });
});
