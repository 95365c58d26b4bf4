"use client";

import { useId, useState } from "react";
import { ConditionsParser } from "survey-core";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { parseCondition, writeCondition, type SimpleCondition } from "./condition-expression";
import { ClauseRow } from "./condition-clause";
import { defaultClause, type ConditionTarget } from "./condition-targets";

type Mode = "always" | "simple" | "expert";

/** The parser's complaint about an expression, or null when survey-core can read it. */
function expressionError(expression: string): number | null {
  if (expression.trim() === "") return null;
  const parser = new ConditionsParser();
  return parser.parseExpression(expression) ? null : (parser.error?.at ?? 0) + 1;
}

/**
 * "Show when": always, when simple conditions hold (pick a question, an operator, a value), or
 * an expression typed by an expert. The form writes the expression; the expression is what is saved.
 */
export function ConditionEditor(props: { t: Messages; expression: unknown; targets: ConditionTarget[]; onChange: (expression: string | undefined) => void }) {
  const { t } = props;
  const b = t.builder;
  const id = useId();
  const expression = typeof props.expression === "string" ? props.expression : "";
  const parsed = parseCondition(expression);
  const [mode, setMode] = useState<Mode>(expression === "" ? "always" : parsed ? "simple" : "expert");
  const simple: SimpleCondition = parsed ?? { join: "and", clauses: [] };
  const write = (c: SimpleCondition) => props.onChange(c.clauses.length > 0 ? writeCondition(c) : undefined);

  const choose = (next: Mode) => {
    setMode(next);
    if (next === "always") props.onChange(undefined);
    if (next === "simple" && !parsed) props.onChange(undefined);
    if (next === "simple" && simple.clauses.length === 0 && props.targets[0]) write({ join: "and", clauses: [defaultClause(props.targets[0])] });
  };
  const error = mode === "expert" ? expressionError(expression) : null;

  return (
    <fieldset className="condition">
      <legend>{b.condition}</legend>
      <div className="modes" role="radiogroup" aria-label={b.condition}>
        {(["always", "simple", "expert"] as const).map((m) => (
          <label key={m} className="check">
            <input type="radio" name={`${id}-mode`} checked={mode === m} onChange={() => choose(m)} />{" "}
            {m === "always" ? b.conditionAlways : m === "simple" ? b.conditionSimple : b.conditionExpert}
          </label>
        ))}
      </div>
      {mode === "simple" && !parsed && <p className="hint">{b.conditionComplex}</p>}
      {mode === "simple" && parsed && props.targets.length === 0 && <p className="hint">{b.noOtherQuestions}</p>}
      {mode === "simple" && parsed && props.targets.length > 0 && (
        <>
          {simple.clauses.length > 1 && (
            <select aria-label={b.conditionAll} value={simple.join} onChange={(e) => write({ ...simple, join: e.target.value as "and" | "or" })}>
              <option value="and">{b.conditionAll}</option>
              <option value="or">{b.conditionAny}</option>
            </select>
          )}
          {simple.clauses.map((clause, i) => (
            <ClauseRow
              key={i}
              t={t}
              clause={clause}
              targets={props.targets}
              onChange={(c) => write({ ...simple, clauses: simple.clauses.map((x, j) => (j === i ? c : x)) })}
              onRemove={() => write({ ...simple, clauses: simple.clauses.filter((_, j) => j !== i) })}
            />
          ))}
          <button type="button" className="secondary" onClick={() => write({ ...simple, clauses: [...simple.clauses, defaultClause(props.targets[0]!)] })}>
            + {b.addCondition}
          </button>
        </>
      )}
      {mode === "expert" && (
        <div className="field">
          <label htmlFor={`${id}-expr`}>{b.expression}</label>
          <textarea id={`${id}-expr`} className="mono" rows={2} value={expression} placeholder={b.expressionHint} onChange={(e) => props.onChange(e.target.value || undefined)} />
          {error !== null && (
            <p className="field-error" role="alert">
              {interpolate(b.expressionError, { at: error })}
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}
