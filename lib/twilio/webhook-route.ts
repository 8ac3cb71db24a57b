import type { z } from "zod";

import { errorResponse, validationError } from "@/lib/api/api-error";
import { logger } from "@/lib/logging/logger";

import { readTwilioForm, verifyWebhook, type WebhookOrigin } from "./verify-webhook";

interface WebhookOptions {
  /**
   * What Twilio gets when the handler fails unexpectedly, instead of a JSON 500. For a voice
   * call the caller hears what we answer; a 500 would have Twilio play its own English error
   * message and hang up (or try a fallback URL that, on this same console, fails alike).
   */
  onFailure?: (req: Request) => Response;
}

// Twilio's webhooks: the signature first (403 to anything unsigned, signed for another URL
// or changed on the way), then the parameters, then one function per event.
export function twilioWebhook<S extends z.ZodType>(
  schema: S,
  handle: (params: z.infer<S>, origin: WebhookOrigin) => Promise<Response>,
  options: WebhookOptions = {},
) {
  return async (req: Request): Promise<Response> => {
    let verified = false;
    try {
      const form = await readTwilioForm(req);
      const origin = verifyWebhook(req, form);
      if (!origin)
        return Response.json(
          { error: { code: "bad_signature", message: "X-Twilio-Signature does not match this URL and body." } },
          { status: 403 },
        );
      const parsed = schema.safeParse(form);
      if (!parsed.success) throw validationError(parsed.error);
      verified = true;
      return await handle(parsed.data, origin);
    } catch (error) {
      // Only a signed, well-formed request gets the caller's answer: anyone else gets the error.
      if (!verified || !options.onFailure) return errorResponse(error);
      logger().error({ err: error }, "Twilio webhook failed");
      return options.onFailure(req);
    }
  };
}
