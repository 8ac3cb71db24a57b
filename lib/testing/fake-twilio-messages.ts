import http from "node:http";

import { freePort } from "./free-port";

export interface MessageRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  form: Record<string, string>;
}

/** How the stand-in answers the next messages: as Twilio does, with an error, or not at all. */
export type MessagesMode = "created" | "server_error" | "invalid_number" | "hang";

// Twilio's Messages API standing in on loopback: POST /2010-04-01/Accounts/{Sid}/Messages.json
// with a form body, answered 201 with the message's JSON (sid SM...), or with Twilio's error
// JSON, or held open until the stand-in closes. Every request is kept for the test to read.
export async function startFakeTwilioMessages(accountSid: string) {
  const requests: MessageRequest[] = [];
  const held: http.ServerResponse[] = [];
  const watchers: (() => void)[] = [];
  let mode: MessagesMode = "created";
  let count = 0;
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      const form = Object.fromEntries(new URLSearchParams(body));
      requests.push({
        method: req.method ?? "",
        path: req.url ?? "",
        authorization: req.headers.authorization,
        contentType: req.headers["content-type"],
        form,
      });
      for (const w of watchers.splice(0)) w();
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(value));
      };
      if (!/^\/2010-04-01\/Accounts\/AC\w+\/Messages\.json$/.test(req.url ?? "") || req.method !== "POST")
        return json(404, { code: 20404, message: "The requested resource was not found", status: 404 });
      if (mode === "hang") return void held.push(res);
      if (mode === "server_error")
        return json(500, {
          code: 20500,
          message: "An internal server error has occurred",
          more_info: "https://www.twilio.com/docs/errors/20500",
          status: 500,
        });
      if (mode === "invalid_number")
        return json(400, {
          code: 21211,
          message: `The 'To' number ${form.To} is not a valid phone number.`,
          more_info: "https://www.twilio.com/docs/errors/21211",
          status: 400,
        });
      const now = new Date().toUTCString();
      json(201, {
        sid: `SM${(++count).toString(16).padStart(32, "0")}`,
        account_sid: accountSid,
        to: form.To,
        from: form.From ?? null,
        messaging_service_sid: form.MessagingServiceSid ?? null,
        body: form.Body,
        status: "queued",
        direction: "outbound-api",
        num_segments: "1",
        num_media: "0",
        price: null,
        price_unit: "USD",
        error_code: null,
        error_message: null,
        api_version: "2010-04-01",
        date_created: now,
        date_updated: now,
        date_sent: null,
        uri: `/2010-04-01/Accounts/${accountSid}/Messages/SM.json`,
        subresource_uris: {},
      });
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setMode: (next: MessagesMode) => {
      mode = next;
    },
    /** Resolves once `n` requests in all have arrived. */
    received: (n: number) =>
      new Promise<void>((resolve) => {
        const check = () => (requests.length >= n ? resolve() : watchers.push(check));
        check();
      }),
    close: async () => {
      for (const res of held.splice(0)) res.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
