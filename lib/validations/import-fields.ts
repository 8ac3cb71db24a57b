import { z } from "zod";

// Field parsers shared by the import row schemas. CSV hands every value over as text and
// GeoJSON properties come as numbers, booleans and null, so each parser takes both; an empty
// cell means "not given", so that the default applies.

const show = (v: unknown) => (typeof v === "string" ? JSON.stringify(v) : String(v));

const given = (v: unknown): unknown => {
  if (v === null) return undefined;
  if (typeof v === "string") return v.trim() === "" ? undefined : v.trim();
  return v;
};

const asText = (v: unknown): unknown => {
  const g = given(v);
  return typeof g === "number" ? String(g) : g;
};

// Indonesian spreadsheets write decimals with a comma (-6,1754) in `;`-separated files.
const asNumber = (v: unknown): unknown => {
  const g = given(v);
  if (typeof g !== "string") return g;
  const s = /^[+-]?\d+,\d+$/.test(g) ? g.replace(",", ".") : g;
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s) ? Number(s) : g;
};

const TRUE = new Set(["true", "t", "yes", "y", "1", "ya"]);
const FALSE = new Set(["false", "f", "no", "n", "0", "tidak"]);
const asFlag = (v: unknown): unknown => {
  const g = given(v);
  if (typeof g === "number") return g === 1 ? true : g === 0 ? false : g;
  if (typeof g !== "string") return g;
  const s = g.toLowerCase();
  return TRUE.has(s) ? true : FALSE.has(s) ? false : g;
};

// "On request", "on-request" and "ON_REQUEST" all mean on_request.
const asChoice = (v: unknown): unknown => {
  const g = given(v);
  return typeof g === "string" ? g.toLowerCase().replace(/[\s-]+/g, "_") : g;
};

const required = (what: string) => (iss: { input: unknown }) =>
  iss.input === undefined ? "required" : `must be ${what}; got ${show(iss.input)}`;

export const requiredText = (max = 200) =>
  z.preprocess(asText, z.string({ error: required("text") }).max(max, `must be at most ${max} characters`));

export const optionalText = (max = 500) =>
  z.preprocess(
    asText,
    z
      .string({ error: required("text") })
      .max(max, `must be at most ${max} characters`)
      .optional(),
  );

const numberBetween = (min: number, max: number, integer: boolean) => {
  const what = `${integer ? "a whole number" : "a number"} from ${min} to ${max}`;
  const outside = { error: (iss: { input: unknown }) => `must be ${what}; got ${show(iss.input)}` };
  const n = z
    .number({ error: required(what) })
    .min(min, outside)
    .max(max, outside);
  return integer ? n.int(outside) : n;
};

export const requiredNumber = (min: number, max: number, integer = false) =>
  z.preprocess(asNumber, numberBetween(min, max, integer));
export const optionalNumber = (min: number, max: number, integer = false) =>
  z.preprocess(asNumber, numberBetween(min, max, integer).optional());

export const latitude = () => requiredNumber(-90, 90);
export const longitude = () => requiredNumber(-180, 180);

export const flag = (fallback: boolean) =>
  z.preprocess(asFlag, z.boolean({ error: required("true or false (also yes/no, ya/tidak, 1/0)") }).default(fallback));

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: required(`one of ${values.join(", ")}`) });

export const requiredChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(asChoice, oneOf(values));
export const choice = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.preprocess(asChoice, oneOf(values).default(fallback));

export const optionalUrl = () =>
  z.preprocess(
    given,
    z
      .url({ error: required("a URL") })
      .max(2000)
      .optional(),
  );

// A time without a zone would be read in the database's zone, not Jakarta's: require one.
export const optionalTime = () =>
  z.preprocess(
    given,
    z
      .string({ error: required("a time") })
      .refine((s) => /(Z|[+-]\d\d:?\d\d)$/i.test(s) && !Number.isNaN(Date.parse(s)), {
        error: (iss) =>
          `must be an ISO 8601 time with its zone, such as 2024-05-01T10:00:00+07:00; got ${show(iss.input)}`,
      })
      .transform((s) => new Date(s).toISOString())
      .optional(),
  );

export const phone = () =>
  z.preprocess(
    asText,
    z
      .string({ error: required("a phone number") })
      .regex(/^\+?[\d(][\d ()./-]{2,24}$/, { error: (iss) => `must be a phone number; got ${show(iss.input)}` })
      .optional(),
  );

/** A BPS code of the given length: 4 digits for a kota, 7 for a kecamatan, 10 for a kelurahan. */
export const bpsCode = (digits: number) =>
  z.preprocess(
    asText,
    z.string({ error: required(`a ${digits}-digit BPS code`) }).regex(new RegExp(`^\\d{${digits}}$`), {
      error: (iss) => `must be a ${digits}-digit BPS code; got ${show(iss.input)}`,
    }),
  );
