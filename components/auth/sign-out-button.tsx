"use client";
import { useTranslations } from "next-intl";

import { consoleSocket } from "@/components/realtime/console-socket";
import { authClient } from "@/lib/auth/auth-client";

export function SignOutButton() {
  const t = useTranslations("nav");
  return (
    <button
      type="button"
      onClick={async () => {
        // This tab's socket goes first: the server closes the others of the account, whose
        // screens then show the session ended (components/realtime/socket-provider).
        consoleSocket().disconnect();
        await authClient.signOut();
        window.location.assign("/sign-in");
      }}
    >
      {t("signOut")}
    </button>
  );
}
