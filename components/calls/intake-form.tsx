"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

import { apiFetch } from "@/components/ui/api-fetch";
import { newIdempotencyKey } from "@/components/ui/new-idempotency-key";
import { validationError } from "@/lib/api/api-error";
import type { CallDraft, DraftPatch } from "@/lib/calls/call-draft";
import type { CallView } from "@/lib/calls/call-view";
import { callClassifications } from "@/lib/calls/vocabulary";
import { placeTextProblem } from "@/lib/geo/read-place-text";
import type { IncidentView } from "@/lib/incidents/incident-view";
import { type IntakeErrors, intakeErrors, type IntakeField } from "@/lib/incidents/intake-errors";
import { incidentTypes, priorities } from "@/lib/incidents/vocabulary";
import { createIncidentSchema } from "@/lib/validations/incident";

import { ChoiceField } from "./choice-field";
import { DuplicateOffer } from "./duplicate-offer";
import { LocationLinkButton } from "./location-link-button";
import { PlaceField } from "./place-field";

interface Props {
  call: CallView | null;
  cameraId?: number;
  /** Everything typed so far; the form holds none of it, so that it outlives the form. */
  draft: CallDraft;
  onDraft: (patch: DraftPatch) => void;
  onDone: (message: string) => void;
}

// The call-taker's form, usable from the keyboard alone: Tab between native fields, arrows and
// Enter in the place completion, Ctrl+Enter to save from anywhere. It checks with the same
// schema as POST /api/incidents before sending; errors, its own or the server's, show in the
// user's language on the field they concern. What is typed lives in the draft it is given
// (kept per call by the screen), so answering another call loses none of it.
export function IntakeForm({ call, cameraId, draft, onDraft, onDone }: Props) {
  const t = useTranslations("intake");
  const tc = useTranslations("classifications");
  const tt = useTranslations("incidentTypes");
  const tp = useTranslations("priorities");
  const ta = useTranslations("apiErrors");
  const { classification, type, priority, address, description, place } = draft;
  const [errors, setErrors] = useState<IntakeErrors | null>(null);
  const [saving, setSaving] = useState(false);
  const needsIncident = classification === "emergency";

  // A field's error goes as soon as that field is changed; the summary goes with the last one.
  const edited = (field: IntakeField | null) =>
    setErrors((e) => {
      if (!e) return e;
      const fields = { ...e.fields };
      if (field) delete fields[field];
      return Object.keys(fields).length ? { ...e, fields } : null;
    });
  // The place also changes by a click on the map, outside the form.
  useEffect(() => edited("place"), [place?.lat, place?.lon, draft.placeText]);

  // One Idempotency-Key per submission: a second press, or a retry after an answer that never
  // came, sends the same incident with the same key, and the console makes it once.
  const submission = useRef<{ body: string; key: string } | null>(null);
  const keyFor = (body: unknown) => {
    const text = JSON.stringify(body);
    if (submission.current?.body !== text) submission.current = { body: text, key: newIdempotencyKey() };
    return submission.current.key;
  };

  async function send<T>(url: string, body: unknown, done: (data: T) => string, headers?: Record<string, string>) {
    setSaving(true);
    const res = await apiFetch<T>(url, body, headers);
    setSaving(false);
    // Answered for good: the next submission is a new one. Lost or refused for now: kept for the retry.
    if (res.ok || (res.status >= 400 && res.status < 500 && res.status !== 409)) submission.current = null;
    if (!res.ok) return setErrors(intakeErrors(res.error, place !== null));
    onDone(done(res.data));
  }

  const link = (incident: IncidentView) =>
    call &&
    send(`/api/calls/${call.id}/link`, { incidentId: incident.id }, () => t("linked", { number: incident.number }));

  async function submit() {
    setErrors(null);
    if (!needsIncident) {
      if (classification === "duplicate") return setErrors({ fields: {}, summary: { key: "noDuplicate" } });
      return (
        call &&
        send(`/api/calls/${call.id}/classify`, { classification }, () =>
          t("classified", { classification: tc(classification) }),
        )
      );
    }
    const input = {
      type: type || undefined,
      priority: priority || undefined,
      lat: place?.lat,
      lon: place?.lon,
      address: address || undefined,
      description: description || undefined,
      callId: call?.id,
      cameraId,
    };
    const parsed = createIncidentSchema.safeParse(input);
    // Typed numbers that are no place say so themselves, rather than "no place given".
    const problem = placeTextProblem(draft.placeText);
    if (!parsed.success || problem) {
      const found: IntakeErrors = parsed.success
        ? { fields: {}, summary: { key: "check" } }
        : intakeErrors(validationError(parsed.error), place !== null);
      return setErrors(problem ? { fields: { ...found.fields, place: problem }, summary: { key: "check" } } : found);
    }
    await send<IncidentView>("/api/incidents", parsed.data, (incident) => t("created", { number: incident.number }), {
      "idempotency-key": keyFor(parsed.data),
    });
  }

  const fieldError = (name: IntakeField) => (errors?.fields[name] ? t(`errors.${errors.fields[name]}`) : undefined);
  const fieldErrors = (name: IntakeField) => fieldError(name) && <p className="error">{fieldError(name)}</p>;

  return (
    <form
      className="intake"
      aria-label={t("title")}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === "Enter" && e.ctrlKey) {
          e.preventDefault();
          void submit();
        }
      }}
    >
      {call && (
        <div className="field">
          <label htmlFor="classification">{t("classification")}</label>
          <select
            id="classification"
            value={classification}
            onChange={(e) => {
              onDraft({ classification: e.target.value as CallDraft["classification"] });
              edited(null);
            }}
            autoFocus
          >
            {callClassifications.map((c) => (
              <option key={c} value={c}>
                {tc(c)}
              </option>
            ))}
          </select>
        </div>
      )}
      {(needsIncident || classification === "duplicate") && (
        <>
          <div className="row">
            <ChoiceField
              id="type"
              label={t("type")}
              codes={incidentTypes}
              name={(v) => tt(v)}
              value={type}
              onChange={(v) => {
                onDraft({ type: v });
                edited("type");
              }}
              error={fieldError("type")}
              autoFocus={!call}
            />
            <ChoiceField
              id="priority"
              label={t("priority")}
              codes={priorities}
              name={(v) => tp(v)}
              value={priority}
              onChange={(v) => {
                onDraft({ priority: v });
                edited("priority");
              }}
              error={fieldError("priority")}
            />
          </div>
          <PlaceField
            value={draft}
            onChange={({ placeText, place: p, area }) => onDraft({ placeText, place: p, area, placeAccuracyM: null })}
            error={fieldError("place")}
          />
          {draft.placeAccuracyM != null && (
            <p className="ok" data-testid="caller-location">
              {t("fromCallerPhone", { metres: Math.round(draft.placeAccuracyM) })}
            </p>
          )}
          {call && <LocationLinkButton callId={call.id} />}
          <DuplicateOffer type={type} place={place} onLink={link} disabled={saving || !call} />
        </>
      )}
      {needsIncident && (
        <>
          <div className="field">
            <label htmlFor="address">{t("address")}</label>
            <input
              id="address"
              value={address}
              onChange={(e) => {
                onDraft({ address: e.target.value });
                edited("address");
              }}
              maxLength={300}
              aria-invalid={Boolean(fieldError("address"))}
            />
            {fieldErrors("address")}
          </div>
          <div className="field">
            <label htmlFor="description">{t("description")}</label>
            <textarea
              id="description"
              value={description}
              onChange={(e) => {
                onDraft({ description: e.target.value });
                edited("description");
              }}
              rows={3}
              maxLength={4000}
              aria-invalid={Boolean(fieldError("description"))}
            />
            {fieldErrors("description")}
          </div>
        </>
      )}
      <p className="actions">
        <button className="primary" type="submit" disabled={saving}>
          {saving ? t("saving") : needsIncident ? t("create") : t("close")}
        </button>
        <span className="muted">{t("keys")}</span>
      </p>
      {errors && (
        <p className="error" role="alert" data-testid="form-message">
          {"key" in errors.summary ? t(`errors.${errors.summary.key}`) : ta(errors.summary.code)}
        </p>
      )}
    </form>
  );
}
