import twilio from "twilio";
import type RequestClient from "twilio/lib/base/RequestClient";

import { env } from "@/lib/env";

// Requests to Twilio go to TWILIO_API_BASE_URL when it is set, so that tests can stand a
// local HTTP server in Twilio's place; `edge` and `region` cannot do that.
class RebasedRequestClient extends twilio.RequestClient {
  constructor(private readonly base: string) {
    super();
  }
  override request<T>(opts: RequestClient.RequestOptions<T>) {
    return super.request<T>({ ...opts, uri: opts.uri.replace(/^https:\/\/[^/]+/, this.base) });
  }
}

let client: twilio.Twilio | undefined;
export function twilioRest(): twilio.Twilio {
  client ??= twilio(env.TWILIO_API_KEY, env.TWILIO_API_SECRET, {
    accountSid: env.TWILIO_ACCOUNT_SID,
    ...(env.TWILIO_API_BASE_URL ? { httpClient: new RebasedRequestClient(env.TWILIO_API_BASE_URL) } : {}),
  });
  return client;
}

export const callTakerIdentity = (userId: string) => `calltaker-${userId}`;
