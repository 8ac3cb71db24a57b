import type { Priority } from "@/lib/incidents/vocabulary";
import type { AckTimeouts } from "@/lib/validations/ack-timeouts";

// When a dispatched job not yet acknowledged raises an alert: its incident's priority decides
// how long the polsek has, counted from the dispatch (or from the dispatcher's choice to wait).
export const ackDeadline = (from: Date, priority: Priority, timeouts: AckTimeouts): Date =>
  new Date(from.getTime() + timeouts[priority] * 1000);
