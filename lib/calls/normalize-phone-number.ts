/**
 * A caller's number in one form, so that the same phone always has the same history: Twilio
 * sends E.164 (+62812…), while people type 0812…, 62812… or 0062812…, with spaces and dashes.
 * Short codes (112, 1500…) stay as they are.
 */
export function normalizePhoneNumber(raw: string): string {
  const n = raw.replace(/[\s().-]/g, "");
  if (n.startsWith("+")) return n;
  if (n.startsWith("00")) return `+${n.slice(2)}`;
  if (/^0[1-9]\d{6,}$/.test(n)) return `+62${n.slice(1)}`;
  if (/^62[1-9]\d{6,}$/.test(n)) return `+${n}`;
  return n;
}
