"use client";

import { interpolate } from "@/lib/i18n/format";
import { CheckField, NumberField } from "./fields";
import { ItemsEditor } from "./items-editor";
import type { OptionProps } from "./option-props";

/** Single, multiple, drop-down and ranking questions: their choices, "other" and "none", limits. */
export function ChoiceOptions({ t, q, set }: OptionProps) {
  const b = t.builder;
  return (
    <>
      <ItemsEditor t={b} legend={b.choices} items={q.choices} onChange={(choices) => set({ choices })} newText={(n) => interpolate(b.choiceN, { n })} />
      {q.type !== "ranking" && (
        <div className="option-grid">
          <CheckField label={b.showOther} checked={q.showOtherItem === true} onChange={(v) => set({ showOtherItem: v })} />
          {q.type !== "dropdown" && <CheckField label={b.showNone} checked={q.showNoneItem === true} onChange={(v) => set({ showNoneItem: v })} />}
        </div>
      )}
      {q.type === "checkbox" && (
        <div className="option-grid">
          <NumberField label={b.minSelected} value={q.minSelectedChoices} min={0} onChange={(v) => set({ minSelectedChoices: v || undefined })} />
          <NumberField label={b.maxSelected} value={q.maxSelectedChoices} min={0} onChange={(v) => set({ maxSelectedChoices: v || undefined })} />
        </div>
      )}
    </>
  );
}
