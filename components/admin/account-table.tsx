"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { apiFetch } from "@/components/ui/api-fetch";
import type { AccountView } from "@/lib/accounts/list-accounts";
import { roles } from "@/lib/auth/roles";

/** Every account, a row each: role and station, enabled or not, a new password, its API tokens. */
export function AccountTable({
  accounts,
  stationCodes,
  selfId,
}: {
  accounts: AccountView[];
  stationCodes: readonly string[];
  /** The admin's own account: its role and state are not theirs to take away. */
  selfId: string;
}) {
  const t = useTranslations("pages.admin");
  const ta = useTranslations("apiErrors");
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  // Each action answers here; what changed is read again from the server.
  async function act(url: string, body: unknown, done: string): Promise<unknown> {
    const res = await apiFetch<unknown>(url, body);
    if (!res.ok) {
      setMessage({ ok: false, text: `${ta(res.error.code)} (${res.error.message})` });
      return null;
    }
    setMessage({ ok: true, text: done });
    router.refresh();
    return res.data;
  }

  return (
    <>
      {message && (
        <p
          className={message.ok ? "muted" : "error"}
          role={message.ok ? "status" : "alert"}
          data-testid="account-message"
        >
          {message.text}
        </p>
      )}
      <table className="grid compact accounts" data-testid="accounts">
        <thead>
          <tr>
            <th>{t("email")}</th>
            <th>{t("name")}</th>
            <th>{t("role")}</th>
            <th>{t("state")}</th>
            <th>{t("password")}</th>
            <th>{t("tokens")}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <AccountRow key={a.id} account={a} stationCodes={stationCodes} act={act} self={a.id === selfId} />
          ))}
        </tbody>
      </table>
    </>
  );
}

type Act = (url: string, body: unknown, done: string) => Promise<unknown>;

function AccountRow({
  account: a,
  stationCodes,
  act,
  self,
}: {
  account: AccountView;
  stationCodes: readonly string[];
  act: Act;
  self: boolean;
}) {
  const t = useTranslations("pages.admin");
  const tr = useTranslations("roles");
  const [role, setRole] = useState<string>(a.role);
  const [station, setStation] = useState(a.stationCode ?? "");
  const [password, setPassword] = useState("");
  const [tokenName, setTokenName] = useState("");
  const [newKey, setNewKey] = useState<string | null>(null);
  const roleChanged = role !== a.role || (role === "polsek" && station !== (a.stationCode ?? ""));

  return (
    <tr data-email={a.email} className={a.disabled ? "muted" : undefined}>
      <td>{a.email}</td>
      <td>{a.name}</td>
      <td>
        <select
          aria-label={`${t("role")} ${a.email}`}
          value={role}
          disabled={self}
          onChange={(e) => setRole(e.target.value)}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {tr(r)}
            </option>
          ))}
        </select>
        {role === "polsek" && (
          <select
            aria-label={`${t("station")} ${a.email}`}
            value={station}
            onChange={(e) => setStation(e.target.value)}
          >
            <option value="">-</option>
            {stationCodes.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        )}
        {roleChanged && (
          <button
            type="button"
            onClick={() =>
              act(
                "/api/users/role",
                { userId: a.id, role, stationCode: role === "polsek" ? station || null : null },
                t("roleSet", { email: a.email }),
              )
            }
          >
            {t("save")}
          </button>
        )}
      </td>
      <td>
        {a.disabled ? t("disabled") : t("enabled")}{" "}
        <button
          disabled={self}
          type="button"
          onClick={() =>
            act(
              "/api/users/disabled",
              { userId: a.id, disabled: !a.disabled },
              t(a.disabled ? "enabledNow" : "disabledNow", { email: a.email }),
            )
          }
        >
          {a.disabled ? t("enable") : t("disable")}
        </button>
      </td>
      <td>
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (await act("/api/users/password", { userId: a.id, password }, t("passwordSet", { email: a.email })))
              setPassword("");
          }}
        >
          <input
            type="password"
            aria-label={`${t("newPassword")} ${a.email}`}
            placeholder={t("newPassword")}
            minLength={8}
            required
            size={12}
            value={password}
            autoComplete="new-password"
            onChange={(e) => setPassword(e.target.value)}
          />{" "}
          <button type="submit">{t("reset")}</button>
        </form>
      </td>
      <td className="tokens-cell">
        {a.tokens.map((k) => (
          <span key={k.id} className="token">
            <code>{k.start ?? "…"}</code> {k.name}{" "}
            <button
              type="button"
              onClick={() =>
                act("/api/users/tokens/revoke", { tokenId: k.id }, t("tokenRevoked", { name: k.name ?? "" }))
              }
            >
              {t("revoke")}
            </button>{" "}
          </span>
        ))}
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const made = (await act(
              "/api/users/tokens",
              { userId: a.id, name: tokenName || "api" },
              t("tokenIssued"),
            )) as {
              key: string;
            } | null;
            if (!made) return;
            setNewKey(made.key);
            setTokenName("");
          }}
        >
          <input
            aria-label={`${t("tokenName")} ${a.email}`}
            placeholder={t("tokenName")}
            size={10}
            maxLength={60}
            value={tokenName}
            onChange={(e) => setTokenName(e.target.value)}
          />{" "}
          <button type="submit">{t("issue")}</button>
        </form>
        {newKey && (
          <p role="status" className="new-key">
            {t("keyOnce")} <code data-testid="new-key">{newKey}</code>
          </p>
        )}
      </td>
    </tr>
  );
}
