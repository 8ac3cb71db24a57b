// The one predicate for "this belongs to a training session" (a call, incident or assignment
// row, or an incident's view). What reports, exports (EIDO) or texts the real world asks it
// first: a training record is never sent anywhere.
export function isTraining(x: { traineeId: string | null } | { training: boolean }): boolean {
  return "traineeId" in x ? x.traineeId !== null : x.training;
}
