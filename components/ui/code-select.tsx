"use client";
import type { Ref } from "react";

interface Props<C extends string> {
  label: string;
  codes: readonly C[];
  /** The code's name in the user's language. */
  name: (code: C) => string;
  value: string;
  onChange: (value: string) => void;
  selectRef?: Ref<HTMLSelectElement>;
  autoFocus?: boolean;
}

/** A required choice of one code from a fixed list, its label as the empty first option. */
export function CodeSelect<C extends string>({ label, codes, name, value, onChange, selectRef, autoFocus }: Props<C>) {
  return (
    <select
      ref={selectRef}
      aria-label={label}
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
      autoFocus={autoFocus}
    >
      <option value="">{label}</option>
      {codes.map((c) => (
        <option key={c} value={c}>
          {name(c)}
        </option>
      ))}
    </select>
  );
}
