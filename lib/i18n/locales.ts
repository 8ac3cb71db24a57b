export const locales = ["id", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "id";
export const LOCALE_COOKIE = "locale";
export const isLocale = (v: unknown): v is Locale => locales.includes(v as Locale);
