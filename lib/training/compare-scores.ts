import type { TrainingScore } from "./score-view";

/** One row of a comparison: a trainee's, a scenario's or a session's calls taken together. */
export interface ScoreSummary {
  key: string;
  calls: number;
  /** Shares of the calls (0..1) where the question was asked; null where it never was. */
  within30s: number;
  placeRight: number | null;
  typePriorityRight: number | null;
  recognised: number;
  stationRight: number | null;
  answerP50: number | null;
  handledP50: number | null;
}

const median = (xs: number[]) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The share of `true` among the answers that are not null. */
const share = (xs: (boolean | null)[]) => {
  const asked = xs.filter((x): x is boolean => x !== null);
  return asked.length ? asked.filter(Boolean).length / asked.length : null;
};

export function summarize(key: string, scores: readonly TrainingScore[]): ScoreSummary {
  const nums = (pick: (s: TrainingScore) => number | null) => scores.map(pick).filter((x): x is number => x !== null);
  return {
    key,
    calls: scores.length,
    within30s: share(scores.map((s) => s.within30s)) ?? 0,
    placeRight: share(scores.map((s) => s.placeCorrect)),
    typePriorityRight: share(
      scores.map((s) => (s.typeCorrect === null ? null : s.typeCorrect && s.priorityCorrect !== false)),
    ),
    recognised: share(scores.map((s) => s.classificationCorrect)) ?? 0,
    stationRight: share(scores.map((s) => s.stationCorrect)),
    answerP50: median(nums((s) => s.answerS)),
    handledP50: median(nums((s) => s.handledS)),
  };
}

// Scores taken together by trainee, by scenario or by session, in the order first seen.
export function compareBy(
  scores: readonly TrainingScore[],
  by: "traineeId" | "scenarioId" | "sessionId",
): ScoreSummary[] {
  const groups = new Map<string, TrainingScore[]>();
  for (const s of scores) {
    const key = String(s[by]);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups].map(([key, list]) => summarize(key, list));
}
