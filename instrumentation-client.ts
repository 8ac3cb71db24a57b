import { z } from "zod";

// In the browser, zod compiles no parsers with `new Function`: the Content-Security-Policy
// forbids eval, and zod's probe for it would be reported as a violation on every screen.
z.config({ jitless: true });
