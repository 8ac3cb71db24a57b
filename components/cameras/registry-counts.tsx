"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { apiFetch } from "@/components/ui/api-fetch";
import type { KotaCounts, ProviderProgress } from "@/lib/cameras/registry-camera";

/** The counts the city reports per kota, and each provider's installation against its target. */
export function RegistryCounts({
  byKota,
  providers,
  canSetTargets,
  onChanged,
}: {
  byKota: KotaCounts[];
  providers: ProviderProgress[];
  canSetTargets: boolean;
  onChanged: () => void;
}) {
  const t = useTranslations("registry");
  const f = useFormatter();
  const [targets, setTargets] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const total = byKota.reduce(
    (s, k) => ({
      registered: s.registered + k.registered,
      live: s.live + k.live,
      integrated: s.integrated + k.integrated,
      connected: s.connected + k.connected,
      onlineNow: s.onlineNow + k.onlineNow,
    }),
    { registered: 0, live: 0, integrated: 0, connected: 0, onlineNow: 0 },
  );
  const share = (a: number, b: number | null) => (b ? f.number(a / b, { style: "percent" }) : "–");
  async function saveTarget(provider: string) {
    const target = Number(targets[provider]);
    const res = await apiFetch("/api/cameras/provider-targets", { provider, target });
    setError(res.ok ? null : res.error.message);
    if (res.ok) onChanged();
  }
  return (
    <div className="registry-counts">
      <table className="grid compact" data-testid="kota-counts">
        <caption>{t("perKota")}</caption>
        <thead>
          <tr>
            <th>{t("kota")}</th>
            <th className="num">{t("registered")}</th>
            <th className="num">{t("liveCount")}</th>
            <th className="num">{t("integrated")}</th>
            <th className="num">{t("connected")}</th>
            <th className="num">{t("onlineNow")}</th>
          </tr>
        </thead>
        <tbody>
          {byKota.map((k) => (
            <tr key={k.code ?? "none"}>
              <td>{k.name ?? t("outside")}</td>
              <td className="num">{f.number(k.registered)}</td>
              <td className="num">{f.number(k.live)}</td>
              <td className="num">{f.number(k.integrated)}</td>
              <td className="num">{f.number(k.connected)}</td>
              <td className="num">{f.number(k.onlineNow)}</td>
            </tr>
          ))}
          <tr className="total">
            <td>{t("total")}</td>
            <td className="num">{f.number(total.registered)}</td>
            <td className="num">{f.number(total.live)}</td>
            <td className="num">{f.number(total.integrated)}</td>
            <td className="num">{f.number(total.connected)}</td>
            <td className="num">{f.number(total.onlineNow)}</td>
          </tr>
        </tbody>
      </table>
      <table className="grid compact" data-testid="provider-progress">
        <caption>{t("perProvider")}</caption>
        <thead>
          <tr>
            <th>{t("provider")}</th>
            <th className="num">{t("installed")}</th>
            <th className="num">{t("target")}</th>
            <th className="num">{t("progress")}</th>
            <th className="num">{t("integrated")}</th>
            <th className="num">{t("ringOneConnected")}</th>
          </tr>
        </thead>
        <tbody>
          {providers.map((p) => (
            <tr key={p.provider}>
              <td>{p.provider}</td>
              <td className="num">{f.number(p.installed)}</td>
              <td className="num">
                {canSetTargets ? (
                  <span className="inline">
                    <input
                      type="number"
                      min={0}
                      aria-label={t("targetOf", { provider: p.provider })}
                      value={targets[p.provider] ?? (p.target === null ? "" : String(p.target))}
                      onChange={(e) => setTargets((s) => ({ ...s, [p.provider]: e.target.value }))}
                      onKeyDown={(e) => e.key === "Enter" && void saveTarget(p.provider)}
                      className="target"
                    />
                    <button type="button" onClick={() => void saveTarget(p.provider)}>
                      {t("save")}
                    </button>
                  </span>
                ) : p.target === null ? (
                  "–"
                ) : (
                  f.number(p.target)
                )}
              </td>
              <td className="num">
                {p.target ? (
                  <meter
                    min={0}
                    max={p.target}
                    value={Math.min(p.installed, p.target)}
                    title={share(p.installed, p.target)}
                  />
                ) : null}{" "}
                {share(p.installed, p.target)}
              </td>
              <td className="num">{f.number(p.integrated)}</td>
              <td className="num">
                {f.number(p.ringOneConnected)} / {f.number(p.ringOne)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
