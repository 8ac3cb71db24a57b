import { z } from "zod";

import { roles } from "@/lib/auth/roles";

import { latSchema, lonSchema } from "./coordinates";

// better-auth's ids: letters, digits, _ and -.
const userId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\w-]+$/, "must be an account id");
const password = z.string().min(8, "must be at least 8 characters").max(128, "must be at most 128 characters");
const stationCode = z.string().trim().min(1).max(60);

/** A new account (the user CLI and the admin screen): a polsek officer belongs to a station. */
export const createUserSchema = z
  .object({
    email: z
      .email()
      .max(254)
      .transform((e) => e.toLowerCase()),
    name: z.string().trim().min(1).max(120).optional(),
    role: z.enum(roles),
    password,
    stationCode: stationCode.optional(),
  })
  .refine((u) => u.role !== "polsek" || u.stationCode, {
    message: "A polsek officer needs a station (--station CODE)",
    path: ["stationCode"],
  });
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateAccountSchema = z
  .object({ userId, role: z.enum(roles), stationCode: stationCode.nullable().default(null) })
  .strict()
  .refine((u) => u.role !== "polsek" || u.stationCode, {
    message: "A polsek officer needs a station",
    path: ["stationCode"],
  });
export type UpdateAccountInput = z.infer<typeof updateAccountSchema>;

export const accountDisabledSchema = z.object({ userId, disabled: z.boolean() }).strict();
export type AccountDisabledInput = z.infer<typeof accountDisabledSchema>;

export const resetPasswordSchema = z.object({ userId, password }).strict();
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const issueTokenSchema = z.object({ userId, name: z.string().trim().min(1).max(60).default("api") }).strict();
export type IssueTokenInput = z.infer<typeof issueTokenSchema>;

export const revokeTokenSchema = z
  .object({
    tokenId: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[\w-]+$/),
  })
  .strict();
export type RevokeTokenInput = z.infer<typeof revokeTokenSchema>;

// A phone or SMS number as people write it; null clears it.
const phoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[\d(][\d ()./-]{2,24}$/, "must be a phone number (digits, with + ( ) . / - or spaces)")
  .nullable();

/** What an admin edits of a station: every field given, as it should be after the edit. */
export const stationEditSchema = z
  .object({
    address: z.string().trim().max(300).nullable(),
    phone: phoneNumber,
    smsNumber: phoneNumber,
    jurisdictionCodes: z
      .array(z.string().regex(/^\d{7}$/, "must be a 7-digit kecamatan BPS code"))
      .max(44, "Jakarta has 44 kecamatan"),
    lat: latSchema,
    lon: lonSchema,
  })
  .strict();
export type StationEditInput = z.infer<typeof stationEditSchema>;
