"use client";

import { useId, type ReactNode } from "react";

// Small labelled inputs shared by the editors. Empty input means "not set" (undefined), so the
// property is removed and SurveyJS's default applies.

export function TextField(props: { label: string; value: unknown; onChange: (v: string | undefined) => void; multiline?: boolean; hint?: ReactNode; placeholder?: string; mono?: boolean }) {
  const id = useId();
  const value = typeof props.value === "string" ? props.value : "";
  const common = {
    id,
    value,
    placeholder: props.placeholder,
    className: props.mono ? "mono" : undefined,
    onChange: (e: { target: { value: string } }) => props.onChange(e.target.value === "" ? undefined : e.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {props.hint && <p className="hint">{props.hint}</p>}
    </div>
  );
}

export function NumberField(props: { label: string; value: unknown; onChange: (v: number | undefined) => void; min?: number; max?: number }) {
  const id = useId();
  const value = typeof props.value === "number" ? String(props.value) : "";
  return (
    <div className="field small">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        value={value}
        min={props.min}
        max={props.max}
        onChange={(e) => props.onChange(e.target.value === "" || !Number.isFinite(Number(e.target.value)) ? undefined : Number(e.target.value))}
      />
    </div>
  );
}

export function CheckField(props: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="check">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} /> {props.label}
    </label>
  );
}

export function SelectField<V extends string>(props: { label: string; value: V; options: { value: V; label: string }[]; onChange: (v: V) => void }) {
  const id = useId();
  return (
    <div className="field small">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value as V)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
