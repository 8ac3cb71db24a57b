import twilio from "twilio";

export const CALL_QUEUE = "siaga112";

// The caller hears a greeting in Bahasa Indonesia and waits in the call-takers' queue.
export function greetAndQueue(): string {
  const response = new twilio.twiml.VoiceResponse();
  response.say({ language: "id-ID" }, "Jakarta Siaga satu satu dua. Mohon tunggu, petugas kami segera menjawab.");
  response.enqueue({}, CALL_QUEUE);
  return response.toString();
}

/**
 * For a call the console failed to take (its database unreachable, say): an apology in Bahasa
 * Indonesia, a pause, and the same voice webhook again, where the call is stored and queued
 * as soon as the console recovers.
 */
export function sorryStayOnTheLine(retryUrl: string): string {
  // Not <Enqueue>: a call-taker sees and answers only the calls the console has stored, so a
  // caller queued without a stored call would wait unseen in the queue. Not a hang-up and "call
  // again" either: a caller in an emergency must never lose the line, and a new call starts
  // behind everyone else. Twilio retries with the same CallSid, which is stored once whatever
  // the number of tries; the caller hears the apology again about every 20 seconds until then.
  const response = new twilio.twiml.VoiceResponse();
  response.say(
    { language: "id-ID" },
    "Mohon maaf, sistem kami sedang mengalami gangguan. Jangan tutup telepon Anda, kami sedang menyambungkan Anda ke petugas.",
  );
  response.pause({ length: 10 });
  response.redirect({ method: "POST" }, retryUrl);
  return response.toString();
}

export const twimlResponse = (xml: string, status = 200) =>
  new Response(xml, { status, headers: { "content-type": "text/xml; charset=utf-8" } });
