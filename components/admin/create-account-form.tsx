"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { apiFetch } from "@/components/ui/api-fetch";
import { newIdempotencyKey } from "@/components/ui/new-idempotency-key";
import { roles } from "@/lib/auth/roles";

const empty = { name: "", email: "", role: "operator", stationCode: "", password: "" };

/** A new account: name, email (the sign-in name), role, a station for a polsek officer, a first password. */
export function CreateAccountForm({ stationCodes }: { stationCodes: readonly string[] }) {
  const t = useTranslations("pages.admin");
  const tr = useTranslations("roles");
  const ta = useTranslations("apiErrors");
  const router = useRouter();
  const [form, setForm] = useState(empty);
  // One key per account being made: a retry after a lost answer makes nothing twice.
  const [key, setKey] = useState(newIdempotencyKey);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const set = (k: keyof typeof empty) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const body = {
      name: form.name || undefined,
      email: form.email,
      role: form.role,
      password: form.password,
      stationCode: form.role === "polsek" ? form.stationCode || undefined : undefined,
    };
    const res = await apiFetch<{ email: string }>("/api/users", body, { "idempotency-key": key });
    if (!res.ok) return setMessage({ ok: false, text: `${ta(res.error.code)} (${res.error.message})` });
    setMessage({ ok: true, text: t("created", { email: res.data.email }) });
    setForm(empty);
    setKey(newIdempotencyKey());
    router.refresh();
  }

  return (
    <form className="filters" onSubmit={submit} data-testid="create-account">
      <label>
        {t("name")} <input value={form.name} onChange={set("name")} maxLength={120} />
      </label>{" "}
      <label>
        {t("email")} <input type="email" required value={form.email} onChange={set("email")} />
      </label>{" "}
      <label>
        {t("role")}{" "}
        <select value={form.role} onChange={set("role")} name="role">
          {roles.map((r) => (
            <option key={r} value={r}>
              {tr(r)}
            </option>
          ))}
        </select>
      </label>{" "}
      {form.role === "polsek" && (
        <label>
          {t("station")}{" "}
          <select value={form.stationCode} onChange={set("stationCode")} name="stationCode" required>
            <option value="">-</option>
            {stationCodes.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
      )}{" "}
      <label>
        {t("password")}{" "}
        <input
          type="password"
          required
          minLength={8}
          value={form.password}
          onChange={set("password")}
          autoComplete="new-password"
        />
      </label>{" "}
      <button type="submit" className="primary">
        {t("create")}
      </button>
      {message && (
        <span className={message.ok ? "muted" : "error"} role={message.ok ? "status" : "alert"}>
          {" "}
          {message.text}
        </span>
      )}
    </form>
  );
}
