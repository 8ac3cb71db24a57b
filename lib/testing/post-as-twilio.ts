import twilio from "twilio";

/** A form post as Twilio sends its webhooks: signed by the real library over the URL and every parameter. */
export function postAsTwilio(url: string, authToken: string, params: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-twilio-signature": twilio.getExpectedTwilioSignature(authToken, url, params),
    },
    body: new URLSearchParams(params),
  });
}
