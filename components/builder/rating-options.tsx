"use client";

import { NumberField, TextField } from "./fields";
import type { OptionProps } from "./option-props";

/** A rating scale: its lowest and highest score and what the ends mean. */
export function RatingOptions({ t, q, set }: OptionProps) {
  const b = t.builder;
  return (
    <div className="option-grid">
      <NumberField label={b.rateMin} value={q.rateMin ?? 1} onChange={(v) => set({ rateMin: v })} />
      <NumberField label={b.rateMax} value={q.rateMax ?? 5} onChange={(v) => set({ rateMax: v })} />
      <TextField label={b.minRateDescription} value={q.minRateDescription} onChange={(v) => set({ minRateDescription: v })} />
      <TextField label={b.maxRateDescription} value={q.maxRateDescription} onChange={(v) => set({ maxRateDescription: v })} />
    </div>
  );
}
