"use client";

// crypto.randomUUID needs a secure context; a console reached over plain http on the control
// room's LAN has only getRandomValues.
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
