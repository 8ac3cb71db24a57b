// A phone number as callers' numbers arrive (+62 812-3456-7890, 081234567890, 6281234567890):
// beginning with +, 0 or 62, eight or more digits, optionally grouped by spaces or dashes.
// (Dates, durations and ids begin otherwise, or are shorter.)
const phoneNumber = /(?<![\d.:])(?:\+|0|62)\d(?:[\s-]?\d){6,}/g;
// Bearer tokens, API keys (siaga_...) and secrets in URLs (rtsp://user:pass@host).
const bearer = /\b(Bearer\s+)\S+/gi;
const apiKey = /\bsiaga_[A-Za-z0-9_-]+/g;
const streamAddress = /\b(?:rtsps?|rtmps?|srt|https?):\/\/[^\s"']*@[^\s"']*/gi;
const params = /\bparams: .*$/gm;

/** The text with numbers, tokens, stream addresses and query parameters replaced. */
export function scrubPersonalData(text: string): string {
  return text
    .replace(params, "params: [redacted]")
    .replace(streamAddress, "[stream address]")
    .replace(bearer, "$1[redacted]")
    .replace(apiKey, "[api key]")
    .replace(phoneNumber, "[number]");
}
