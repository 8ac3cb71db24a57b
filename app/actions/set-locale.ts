"use server";
import { cookies } from "next/headers";
import { z } from "zod";

import { LOCALE_COOKIE, locales } from "@/lib/i18n/locales";

export async function setLocale(locale: string): Promise<void> {
  const parsed = z.enum(locales).parse(locale);
  (await cookies()).set(LOCALE_COOKIE, parsed, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}
