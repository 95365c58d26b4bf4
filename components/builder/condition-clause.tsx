"use client";

import type { Messages } from "@/lib/i18n/messages";
import { isUnary, type Clause, type Operator } from "./condition-expression";
import { defaultClause, operatorsFor, type ConditionTarget } from "./condition-targets";
import { isObject } from "./survey-json";

function choiceOptions(target: ConditionTarget): { value: string | number; text: string }[] {
  const q = target.question;
  const items = (Array.isArray(q.choices) ? q.choices : []).map((c) => (isObject(c) ? { value: c.value as string | number, text: String(c.text ?? c.value) } : { value: c as string | number, text: String(c) }));
  if (q.showOtherItem) items.push({ value: "other", text: "other" });
  if (q.showNoneItem) items.push({ value: "none", text: "none" });
  return items;
}

/** One "question → operator → value" line of a condition. */
export function ClauseRow(props: { t: Messages; clause: Clause; targets: ConditionTarget[]; onChange: (c: Clause) => void; onRemove: () => void }) {
  const { t, clause } = props;
  const b = t.builder;
  const target = props.targets.find((x) => x.name === clause.question);
  const operators = target ? operatorsFor(target.question) : (["notempty", "empty"] as Operator[]);
  const type = target?.question.type;
  const choices = target && ["radiogroup", "dropdown", "checkbox"].includes(type ?? "") ? choiceOptions(target) : null;
  const numeric = type === "rating" || (type === "text" && target?.question.inputType === "number");

  return (
    <div className="clause">
      <select aria-label={b.conditionQuestion} value={clause.question} onChange={(e) => props.onChange(defaultClause(props.targets.find((x) => x.name === e.target.value)!))}>
        {!target && <option value={clause.question}>{clause.question}</option>}
        {props.targets.map((x) => (
          <option key={x.name} value={x.name}>
            {x.label.length > 30 ? `${x.label.slice(0, 30)}…` : x.label}
          </option>
        ))}
      </select>
      <select
        aria-label={b.conditionOperator}
        value={clause.operator}
        onChange={(e) => {
          const operator = e.target.value as Operator;
          props.onChange({ ...clause, operator, value: isUnary(operator) ? undefined : (clause.value ?? (target ? defaultClause(target).value : "")) });
        }}
      >
        {operators.map((op) => (
          <option key={op} value={op}>
            {t.operators[op]}
          </option>
        ))}
      </select>
      {!isUnary(clause.operator) &&
        (type === "boolean" ? (
          <select aria-label={b.conditionValue} value={String(clause.value)} onChange={(e) => props.onChange({ ...clause, value: e.target.value === "true" })}>
            <option value="true">{b.yes}</option>
            <option value="false">{b.no}</option>
          </select>
        ) : choices ? (
          <select
            aria-label={b.conditionValue}
            value={String(clause.value ?? "")}
            onChange={(e) => props.onChange({ ...clause, value: choices.find((c) => String(c.value) === e.target.value)?.value })}
          >
            {choices.map((c) => (
              <option key={String(c.value)} value={String(c.value)}>
                {c.text}
              </option>
            ))}
          </select>
        ) : (
          <input
            aria-label={b.conditionValue}
            type={numeric ? "number" : "text"}
            value={clause.value === undefined ? "" : String(clause.value)}
            onChange={(e) => props.onChange({ ...clause, value: numeric && e.target.value !== "" ? Number(e.target.value) : e.target.value })}
          />
        ))}
      <button type="button" className="secondary" onClick={props.onRemove} aria-label={b.remove}>
        ×
      </button>
    </div>
  );
}
