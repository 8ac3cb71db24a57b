import { describe, expect, it } from "vitest";

import { compareBy } from "./compare-scores";
import type { TrainingScore } from "./score-view";

const score = (patch: Partial<TrainingScore>): TrainingScore => ({
  trainingCallId: 1,
  sessionId: 1,
  traineeId: "a",
  scenarioId: "s1",
  callId: 1,
  incidentId: null,
  rangAt: null,
  answerS: 2,
  placeS: null,
  placeCorrect: null,
  placeErrorM: null,
  typeCorrect: null,
  priorityCorrect: null,
  classificationExpected: "prank",
  classificationGiven: "prank",
  classificationCorrect: true,
  dispatchS: null,
  stationExpected: null,
  stationGiven: null,
  stationCorrect: null,
  handledS: 10,
  within30s: true,
  ...patch,
});

describe("compareBy", () => {
  it("takes each trainee's calls together, counting only the questions each call asked", () => {
    const rows = compareBy(
      [
        score({}),
        score({
          scenarioId: "s2",
          placeCorrect: true,
          stationCorrect: false,
          handledS: 40,
          within30s: false,
          answerS: 4,
        }),
        score({ traineeId: "b", classificationCorrect: false, answerS: 6 }),
      ],
      "traineeId",
    );
    expect(rows).toEqual([
      {
        key: "a",
        calls: 2,
        within30s: 0.5,
        placeRight: 1,
        typePriorityRight: null,
        recognised: 1,
        stationRight: 0,
        answerP50: 3,
        handledP50: 25,
      },
      {
        key: "b",
        calls: 1,
        within30s: 1,
        placeRight: null,
        typePriorityRight: null,
        recognised: 0,
        stationRight: null,
        answerP50: 6,
        handledP50: 10,
      },
    ]);
  });

  it("counts type and priority right only when both are", () => {
    const rows = compareBy(
      [score({ typeCorrect: true, priorityCorrect: false }), score({ typeCorrect: true, priorityCorrect: true })],
      "scenarioId",
    );
    expect(rows[0]?.typePriorityRight).toBe(0.5);
  });
});
