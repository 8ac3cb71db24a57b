"use client";
import { useTranslations } from "next-intl";

import { authClient } from "@/lib/auth/auth-client";

export function SignOutButton() {
  const t = useTranslations("nav");
  return (
    <button
      type="button"
      onClick={async () => {
        await authClient.signOut();
        window.location.assign("/sign-in");
      }}
    >
      {t("signOut")}
    </button>
  );
}
