"use client";

import { NumberField, SelectField, TextField } from "./fields";
import type { OptionProps } from "./option-props";

const INPUT_TYPES = ["text", "number", "email", "date", "tel", "url"] as const;
type InputType = (typeof INPUT_TYPES)[number];

/** A one-line answer: what kind (text, number, e-mail, date…), its bounds, a placeholder. */
export function TextOptions({ t, q, set }: OptionProps) {
  const inputType = (INPUT_TYPES as readonly string[]).includes(String(q.inputType)) ? (q.inputType as InputType) : "text";
  const b = t.builder;
  return (
    <div className="option-grid">
      <SelectField
        label={b.inputType}
        value={inputType}
        options={INPUT_TYPES.map((v) => ({ value: v, label: t.inputTypes[v] }))}
        // Bounds of one kind mean nothing for another: a number's max is not a date's.
        onChange={(v) => set({ inputType: v === "text" ? undefined : v, min: undefined, max: undefined, maxLength: undefined })}
      />
      {inputType === "number" && (
        <>
          <NumberField label={b.min} value={q.min} onChange={(v) => set({ min: v })} />
          <NumberField label={b.max} value={q.max} onChange={(v) => set({ max: v })} />
        </>
      )}
      {inputType === "date" && (
        <>
          <DateBound label={b.min} value={q.min} onChange={(v) => set({ min: v })} />
          <DateBound label={b.max} value={q.max} onChange={(v) => set({ max: v })} />
        </>
      )}
      {inputType !== "number" && inputType !== "date" && <NumberField label={b.maxLength} value={q.maxLength} min={0} onChange={(v) => set({ maxLength: v || undefined })} />}
      <TextField label={b.placeholder} value={q.placeholder} onChange={(v) => set({ placeholder: v })} />
    </div>
  );
}

function DateBound(props: { label: string; value: unknown; onChange: (v: string | undefined) => void }) {
  return (
    <label className="field small">
      {props.label}
      <input type="date" value={typeof props.value === "string" ? props.value : ""} onChange={(e) => props.onChange(e.target.value || undefined)} />
    </label>
  );
}
