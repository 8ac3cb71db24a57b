import { z } from "zod";

// An origin is scheme, host and port: what a browser sends in its Origin header. A path would
// never match one, so it is refused rather than silently ignored.
const originSchema = z
  .string()
  .trim()
  .url()
  .transform((value, ctx) => {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      ctx.addIssue({ code: "custom", message: `${value}: an origin starts with http:// or https://` });
      return z.NEVER;
    }
    if (url.pathname !== "/" || url.search || url.hash || url.username || url.password) {
      ctx.addIssue({ code: "custom", message: `${value}: an origin is scheme://host[:port], without a path` });
      return z.NEVER;
    }
    return url.origin;
  });

/** `http://10.1.2.3:3000, https://siaga.example.id` as a list of distinct origins. */
export const originListSchema = z
  .string()
  .transform((list) =>
    list
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(originSchema))
  .transform((origins) => [...new Set(origins)]);
