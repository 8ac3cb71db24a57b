import { cookies } from "next/headers";
import type { AbstractIntlMessages } from "next-intl";
import { getRequestConfig } from "next-intl/server";

import { defaultLocale, isLocale, LOCALE_COOKIE } from "./locales";

// Bahasa Indonesia unless the user picked English; the choice lives in a cookie, not the URL.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : defaultLocale;
  return {
    locale,
    timeZone: "Asia/Jakarta",
    messages: ((await import(`./messages/${locale}.json`)) as { default: AbstractIntlMessages }).default,
  };
});
