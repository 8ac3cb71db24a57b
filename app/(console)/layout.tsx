import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { IdleLock } from "@/components/auth/idle-lock";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ConsoleNav } from "@/components/layout/console-nav";
import { LocaleSwitch } from "@/components/layout/locale-switch";
import { LiveStatus } from "@/components/realtime/live-status";
import { SocketProvider } from "@/components/realtime/socket-provider";
import { getDb } from "@/db";
import { listRecentEvents } from "@/db/queries/events";
import { readAtSeq } from "@/db/queries/read-at-seq";
import { userFromHeaders } from "@/lib/auth/current-user";
import { screensFor } from "@/lib/auth/roles";
import { eventForRole } from "@/lib/calls/caller-number-privacy";
import { env } from "@/lib/env";
import { eventScopeFor } from "@/lib/realtime/rooms";

export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const user = await userFromHeaders(await headers());
  if (!user) redirect("/sign-in");
  if (user.needsSecondFactor) redirect("/two-factor");
  const t = await getTranslations("roles");
  // The live feed is the layout's own data, read with its place in the log; each screen reads
  // its own the same way. A router refresh renders this again, but the socket and the feed's
  // cursor stay as they are (components/realtime).
  const { seq, data: recent } = await readAtSeq(getDb(), (tx) => listRecentEvents(tx, eventScopeFor(user), 20));
  return (
    <SocketProvider initialSeq={seq} initialRecent={recent.map((e) => eventForRole(e, user.role))}>
      <IdleLock idleSeconds={env.SESSION_IDLE_SECONDS} />
      <header className="topbar">
        <div className="brand">
          Jakarta Siaga <span>112</span>
        </div>
        <ConsoleNav paths={screensFor(user.role)} />
        <div className="who">
          <LiveStatus />
          <span data-testid="who">
            {user.name} · {t(user.role)}
          </span>
          <LocaleSwitch />
          <SignOutButton />
        </div>
      </header>
      {children}
    </SocketProvider>
  );
}
