import { getTranslations } from "next-intl/server";

import { RecentEvents } from "@/components/realtime/recent-events";

// A screen whose work a later stage builds says so plainly, and already shows the live feed.
export async function ScreenPending({ screen, children }: { screen: "supervisor"; children?: React.ReactNode }) {
  const t = await getTranslations(`pages.${screen}`);
  return (
    <main className="page">
      <h1>{t("title")}</h1>
      {children}
      <p className="notice">{t("pending")}</p>
      <RecentEvents />
    </main>
  );
}
