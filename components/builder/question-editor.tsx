"use client";

import type { ComponentType } from "react";
import { BooleanOptions } from "./boolean-options";
import { ChoiceOptions } from "./choice-options";
import { ConditionEditor } from "./condition-editor";
import type { ConditionTarget } from "./condition-targets";
import { ElementErrors } from "./element-errors";
import { CheckField, TextField } from "./fields";
import { HtmlOptions } from "./html-options";
import { MatrixOptions } from "./matrix-options";
import type { OptionProps } from "./option-props";
import { RatingOptions } from "./rating-options";
import { TextOptions } from "./text-options";
import { ValidatorsEditor } from "./validators-editor";

const TYPE_OPTIONS: Record<string, ComponentType<OptionProps>> = {
  text: TextOptions,
  radiogroup: ChoiceOptions,
  checkbox: ChoiceOptions,
  dropdown: ChoiceOptions,
  ranking: ChoiceOptions,
  rating: RatingOptions,
  boolean: BooleanOptions,
  matrix: MatrixOptions,
  html: HtmlOptions,
};

/** Everything about one question: wording, required, its type's options, checks and condition. */
export function QuestionEditor(props: OptionProps & { targets: ConditionTarget[]; errors: string[] }) {
  const { t, q, set } = props;
  const b = t.builder;
  const Options = TYPE_OPTIONS[q.type];
  const isHtml = q.type === "html";
  return (
    <section className="editor" aria-label={t.questionTypes[q.type as keyof typeof t.questionTypes] ?? q.type}>
      <p className="muted">{t.questionTypes[q.type as keyof typeof t.questionTypes] ?? q.type}</p>
      <ElementErrors errors={props.errors} />
      {!isHtml && <TextField label={b.questionTitle} value={q.title} multiline placeholder={q.name} onChange={(v) => set({ title: v })} />}
      {!isHtml && <TextField label={b.questionDescription} value={q.description} onChange={(v) => set({ description: v })} />}
      {/* The code is kept as typed, apart from spaces, which SurveyJS expressions cannot refer to. */}
      <TextField label={b.questionName} value={q.name} mono onChange={(v) => set({ name: v?.replace(/\s+/g, "_") })} />
      {!isHtml && <CheckField label={b.required} checked={q.isRequired === true} onChange={(v) => set({ isRequired: v })} />}
      {Options && <Options t={t} q={q} set={set} />}
      <ValidatorsEditor t={t} q={q} set={set} />
      <ConditionEditor t={t} expression={q.visibleIf} targets={props.targets} onChange={(v) => set({ visibleIf: v })} />
    </section>
  );
}
