"use client";

import { interpolate } from "@/lib/i18n/format";
import { CheckField } from "./fields";
import { ItemsEditor } from "./items-editor";
import type { OptionProps } from "./option-props";

/** A matrix: the items rated (rows) and the scale (columns). */
export function MatrixOptions({ t, q, set }: OptionProps) {
  const b = t.builder;
  return (
    <>
      <ItemsEditor t={b} legend={b.rows} items={q.rows} onChange={(rows) => set({ rows })} newText={(n) => interpolate(b.rowN, { n })} />
      <ItemsEditor t={b} legend={b.columns} items={q.columns} onChange={(columns) => set({ columns })} newText={(n) => interpolate(b.columnN, { n })} />
      <CheckField label={b.eachRowRequired} checked={q.eachRowRequired === true} onChange={(v) => set({ eachRowRequired: v })} />
    </>
  );
}
