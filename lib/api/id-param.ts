import { z } from "zod";

/** The largest id the database's `serial` columns hold. */
export const MAX_ID = 2_147_483_647;

export const idSchema = z.coerce.number().int().positive().max(MAX_ID, `must be at most ${MAX_ID}`);

/** A numeric id from the path, as a 422 naming the field when it is not one. */
export const idParam = (value: string | string[] | undefined, name = "id") =>
  z.object({ [name]: idSchema }).parse({ [name]: value })[name] as number;
