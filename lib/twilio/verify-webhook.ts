import twilio from "twilio";

import { baseUrl, env } from "@/lib/env";

import { trainingToken } from "./training-token";

export type WebhookOrigin = "twilio" | "training";

/** The URL Twilio signed: the public address of the console, whatever proxy stands before it. */
export function publicUrl(req: Request): string {
  const url = new URL(req.url);
  return `${baseUrl()}${url.pathname}${url.search}`;
}

// Checks X-Twilio-Signature against the public URL and every posted parameter; says whether
// Twilio (the account's auth token) or the console's training button signed it, or nobody.
export function verifyWebhook(req: Request, params: Record<string, string>): WebhookOrigin | null {
  const signature = req.headers.get("x-twilio-signature");
  if (!signature) return null;
  const url = publicUrl(req);
  if (env.TWILIO_AUTH_TOKEN && twilio.validateRequest(env.TWILIO_AUTH_TOKEN, signature, url, params)) return "twilio";
  if (twilio.validateRequest(trainingToken(), signature, url, params)) return "training";
  return null;
}

/** Reads a Twilio form post into its parameters (every value a string, as Twilio signs them). */
export async function readTwilioForm(req: Request): Promise<Record<string, string>> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded")) return {};
  const text = await req.text();
  return Object.fromEntries(new URLSearchParams(text));
}
