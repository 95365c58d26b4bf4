"use client";

import { useState } from "react";
import { NumberField, TextField } from "./fields";
import type { OptionProps } from "./option-props";
import { isObject, type Json } from "./survey-json";

type Kind = "numeric" | "text" | "regex" | "email" | "expression" | "answercount";

/** The checks that make sense for a question type (SurveyJS validators). */
export function validatorKinds(type: string, inputType: unknown): Kind[] {
  if (type === "text") return inputType === "number" ? ["numeric", "expression"] : ["text", "regex", "email", "expression"];
  if (type === "comment") return ["text", "regex", "expression"];
  if (type === "checkbox") return ["answercount", "expression"];
  return type === "html" ? [] : ["expression"];
}

/** A question's answer checks, each with its own message for the respondent. */
export function ValidatorsEditor({ t, q, set }: OptionProps) {
  const b = t.builder;
  const kinds = validatorKinds(q.type, q.inputType);
  const [adding, setAdding] = useState<Kind>(kinds[0] ?? "expression");
  if (kinds.length === 0) return null;
  const list = (Array.isArray(q.validators) ? q.validators : []).filter(isObject);
  const update = (i: number, patch: Json) => set({ validators: list.map((v, j) => (j === i ? Object.fromEntries(Object.entries({ ...v, ...patch }).filter(([, x]) => x !== undefined)) : v)) });
  const remove = (i: number) => set({ validators: list.length > 1 ? list.filter((_, j) => j !== i) : undefined });
  return (
    <fieldset className="items">
      <legend>{b.validators}</legend>
      {list.map((v, i) => {
        const kind = String(v.type) as Kind;
        return (
          <div key={i} className="validator">
            <strong>{t.validatorTypes[kind] ?? kind}</strong>
            <div className="option-grid">
              {kind === "numeric" && (
                <>
                  <NumberField label={b.minValue} value={v.minValue} onChange={(x) => update(i, { minValue: x })} />
                  <NumberField label={b.maxValue} value={v.maxValue} onChange={(x) => update(i, { maxValue: x })} />
                </>
              )}
              {kind === "text" && (
                <>
                  <NumberField label={b.minLength} value={v.minLength} min={0} onChange={(x) => update(i, { minLength: x })} />
                  <NumberField label={b.maxLength} value={v.maxLength} min={0} onChange={(x) => update(i, { maxLength: x })} />
                </>
              )}
              {kind === "answercount" && (
                <>
                  <NumberField label={b.minCount} value={v.minCount} min={0} onChange={(x) => update(i, { minCount: x })} />
                  <NumberField label={b.maxCount} value={v.maxCount} min={0} onChange={(x) => update(i, { maxCount: x })} />
                </>
              )}
              {kind === "regex" && <TextField label={b.regex} value={v.regex} mono onChange={(x) => update(i, { regex: x })} />}
              {kind === "expression" && <TextField label={b.expression} value={v.expression} mono hint={b.expressionHint} onChange={(x) => update(i, { expression: x })} />}
              <TextField label={b.validatorText} value={v.text} onChange={(x) => update(i, { text: x })} />
            </div>
            <button type="button" className="secondary" onClick={() => remove(i)}>
              {b.remove}
            </button>
          </div>
        );
      })}
      <div className="inline-form">
        <select aria-label={b.addValidator} value={adding} onChange={(e) => setAdding(e.target.value as Kind)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t.validatorTypes[k]}
            </option>
          ))}
        </select>
        <button type="button" className="secondary" onClick={() => set({ validators: [...list, { type: adding }] })}>
          + {b.addValidator}
        </button>
      </div>
    </fieldset>
  );
}
