// Jakarta Siaga 112's rule for repeated calls about one event: an open incident of the same
// type within 300 m made in the last 30 minutes is offered for linking before a new one.
export const DUPLICATE_WITHIN_M = 300;
export const DUPLICATE_WITHIN_MINUTES = 30;
