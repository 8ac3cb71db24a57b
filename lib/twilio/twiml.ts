import twilio from "twilio";

export const CALL_QUEUE = "siaga112";

// The caller hears a greeting in Bahasa Indonesia and waits in the call-takers' queue.
export function greetAndQueue(): string {
  const response = new twilio.twiml.VoiceResponse();
  response.say({ language: "id-ID" }, "Jakarta Siaga satu satu dua. Mohon tunggu, petugas kami segera menjawab.");
  response.enqueue({}, CALL_QUEUE);
  return response.toString();
}

/** For a call that cannot be queued (the console is failing): the caller is asked to call again. */
export function sorryTryAgain(): string {
  const response = new twilio.twiml.VoiceResponse();
  response.say({ language: "id-ID" }, "Maaf, terjadi gangguan. Silakan hubungi satu satu dua kembali.");
  return response.toString();
}

export const twimlResponse = (xml: string, status = 200) =>
  new Response(xml, { status, headers: { "content-type": "text/xml; charset=utf-8" } });
