import { createHmac } from "node:crypto";

import { authSecret } from "@/lib/auth/secret";

// Without Twilio, the training button signs its webhook as Twilio would, with this token in
// place of the account's auth token. It is derived from the console's secret, never shown.
export const trainingToken = () =>
  createHmac("sha256", authSecret()).update("twilio-training-token").digest("base64url");
