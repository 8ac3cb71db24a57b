/**
 * The audit trail's own event types begin so (sign-ins and refusals; jobs that change personal
 * data), for supervisors and admins only.
 */
export const AUDIT_PREFIXES = ["auth.", "audit."] as const;
