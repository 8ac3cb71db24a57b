"use client";
import { useTranslations } from "next-intl";

import { useLive } from "./socket-provider";

export function LiveStatus() {
  const t = useTranslations("live");
  const { connected, lastSeq } = useLive();
  return (
    <span data-testid="live-status" data-connected={connected} title={`${t("lastSeq")}: #${lastSeq}`}>
      <span className={`live-dot${connected ? " on" : ""}`} />
      {connected ? t("connected") : t("disconnected")}
    </span>
  );
}
