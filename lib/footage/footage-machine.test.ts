import { describe, expect, it } from "vitest";

import { footageSteps, nextFootageSteps, stepFootageRequest } from "./footage-machine";
import { type FootageRequestStatus, footageRequestStatuses } from "./vocabulary";

// Every (status, step) pair: where it leads, or null where it is impossible (409 in the API).
const TABLE: Record<FootageRequestStatus, Record<(typeof footageSteps)[number], FootageRequestStatus | null>> = {
  requested: { approve: "approved", refuse: "refused", send: null, receive: null, owner_refuse: null },
  approved: { approve: null, refuse: null, send: "sent_to_owner", receive: null, owner_refuse: null },
  sent_to_owner: { approve: null, refuse: null, send: null, receive: "received", owner_refuse: "refused" },
  received: { approve: null, refuse: null, send: null, receive: null, owner_refuse: null },
  refused: { approve: null, refuse: null, send: null, receive: null, owner_refuse: null },
};

describe("the footage request state machine", () => {
  const cases = footageRequestStatuses.flatMap((from) =>
    footageSteps.map((step) => [from, step, TABLE[from][step]] as const),
  );
  it.each(cases)("%s + %s -> %s", (from, step, to) => {
    expect(stepFootageRequest(from, step)).toBe(to);
  });

  it("lists the possible steps of each status, and none from a final one", () => {
    expect(nextFootageSteps("requested")).toEqual(["approve", "refuse"]);
    expect(nextFootageSteps("approved")).toEqual(["send"]);
    expect(nextFootageSteps("sent_to_owner")).toEqual(["receive", "owner_refuse"]);
    expect(nextFootageSteps("received")).toEqual([]);
    expect(nextFootageSteps("refused")).toEqual([]);
  });
});
