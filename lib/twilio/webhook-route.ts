import type { z } from "zod";
import { errorResponse, validationError } from "@/lib/api/api-error";
import { readTwilioForm, verifyWebhook, type WebhookOrigin } from "./verify-webhook";

// Twilio's webhooks: the signature first (403 to anything unsigned, signed for another URL
// or changed on the way), then the parameters, then one function per event.
export function twilioWebhook<S extends z.ZodType>(schema: S, handle: (params: z.infer<S>, origin: WebhookOrigin) => Promise<Response>) {
  return async (req: Request): Promise<Response> => {
    try {
      const form = await readTwilioForm(req);
      const origin = verifyWebhook(req, form);
      if (!origin) return Response.json({ error: { code: "bad_signature", message: "X-Twilio-Signature does not match this URL and body." } }, { status: 403 });
      const parsed = schema.safeParse(form);
      if (!parsed.success) throw validationError(parsed.error);
      return await handle(parsed.data, origin);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
