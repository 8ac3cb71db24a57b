"use client";

interface Props<C extends string> {
  id: string;
  label: string;
  codes: readonly C[];
  /** The code's name in the user's language. */
  name: (code: C) => string;
  value: C | "";
  onChange: (value: C | "") => void;
  /** The field's error in the user's language, shown under it. */
  error: string | undefined;
  autoFocus?: boolean;
}

/** One of the intake form's choices of a code: labelled, "—" until chosen, its error beneath. */
export function ChoiceField<C extends string>({ id, label, codes, name, value, onChange, error, autoFocus }: Props<C>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as C | "")}
        aria-invalid={Boolean(error)}
        autoFocus={autoFocus}
      >
        <option value="">—</option>
        {codes.map((c) => (
          <option key={c} value={c}>
            {name(c)}
          </option>
        ))}
      </select>
      {error && <p className="error">{error}</p>}
    </div>
  );
}
