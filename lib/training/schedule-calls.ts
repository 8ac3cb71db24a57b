import type { Scenario } from "./scenario";

export interface SessionPlan {
  traineeIds: readonly string[];
  scenarios: readonly Scenario[];
  /** Seconds between two calls to the same trainee. */
  paceSeconds: number;
  /** Every call at once. */
  burst: boolean;
}

export interface ScheduledCall {
  traineeId: string;
  scenarioId: string;
  position: number;
  dueAt: Date;
}

// Each trainee takes the session's scenarios in order: the first at the start, then one every
// `paceSeconds`, or all at the start for a burst. Every trainee hears the same call at the same
// moment, so that their scores compare.
export function scheduleCalls(plan: SessionPlan, start: Date): ScheduledCall[] {
  return plan.traineeIds.flatMap((traineeId) =>
    plan.scenarios.map((s, position) => ({
      traineeId,
      scenarioId: s.id,
      position,
      dueAt: new Date(start.getTime() + (plan.burst ? 0 : position * plan.paceSeconds * 1000)),
    })),
  );
}

/** A duplicate must follow the call it repeats, or the trainee has nothing to recognise it by. */
export function misplacedDuplicate(scenarios: readonly Scenario[]): Scenario | null {
  return (
    scenarios.find(
      (s, i) => s.duplicateOf !== undefined && !scenarios.slice(0, i).some((e) => e.id === s.duplicateOf),
    ) ?? null
  );
}
