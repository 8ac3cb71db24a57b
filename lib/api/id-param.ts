import { z } from "zod";

/** A numeric id from the path, as a 422 naming the field when it is not one. */
export const idParam = (value: string | string[] | undefined, name = "id") =>
  z.object({ [name]: z.coerce.number().int().positive() }).parse({ [name]: value })[name] as number;
