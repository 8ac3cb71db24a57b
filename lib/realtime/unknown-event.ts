/**
 * The default branch of every switch over event types: a type that a consumer does not
 * handle makes `event` not `never`, which fails to compile. An event of a newer console
 * version (unknown at run time) changes nothing.
 */
export function unknownEvent<T>(event: never, unchanged: T): T {
  void event;
  return unchanged;
}

/** The type of an event this console version does not know, to name it. */
export const unknownEventType = (event: never): string => String((event as { type?: unknown }).type);
