/** Sign-ins and refusals: the audit trail's own event types all begin so, for supervisors and admins only. */
export const AUDIT_PREFIX = "auth.";
