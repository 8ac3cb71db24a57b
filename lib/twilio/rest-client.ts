import twilio from "twilio";
import type RequestClient from "twilio/lib/base/RequestClient";

import { env } from "@/lib/env";

// Requests to Twilio go to TWILIO_API_BASE_URL when it is set, so that tests can stand a
// local HTTP server in Twilio's place; `edge` and `region` cannot do that.
class RebasedRequestClient extends twilio.RequestClient {
  constructor(
    private readonly base: string,
    opts?: RequestClient.RequestClientOptions,
  ) {
    super(opts);
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

/** Dispatch SMS give up after this long: the answer is an event, and nobody waits on it. */
export const SMS_TIMEOUT_MS = 10_000;

let smsClient: twilio.Twilio | undefined;
// SMS go out with the account's own SID and auth token (the browser phone's API key is for
// Voice): the form of credentials every Twilio account has.
export function twilioSms(): twilio.Twilio {
  smsClient ??= twilio(env.TWILIO_ACCOUNT_SID, env.TWILIO_AUTH_TOKEN, {
    timeout: SMS_TIMEOUT_MS,
    ...(env.TWILIO_API_BASE_URL
      ? { httpClient: new RebasedRequestClient(env.TWILIO_API_BASE_URL, { timeout: SMS_TIMEOUT_MS }) }
      : {}),
  });
  return smsClient;
}

export const callTakerIdentity = (userId: string) => `calltaker-${userId}`;
