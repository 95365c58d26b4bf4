"use client";

import { TextField } from "./fields";
import type { OptionProps } from "./option-props";

/** A yes/no question: the words on its two sides. */
export function BooleanOptions({ t, q, set }: OptionProps) {
  const b = t.builder;
  return (
    <div className="option-grid">
      <TextField label={b.labelTrue} value={q.labelTrue} placeholder={b.yes} onChange={(v) => set({ labelTrue: v })} />
      <TextField label={b.labelFalse} value={q.labelFalse} placeholder={b.no} onChange={(v) => set({ labelFalse: v })} />
    </div>
  );
}
