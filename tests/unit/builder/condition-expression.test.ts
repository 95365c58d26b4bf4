import { ConditionRunner } from "survey-core";
import { describe, expect, it } from "vitest";
import { parseCondition, writeCondition, type SimpleCondition } from "@/components/builder/condition-expression";

const run = (expression: string, data: Record<string, unknown>) => new ConditionRunner(expression).runValues(data) as boolean;

describe("conditions built in the form", () => {
  it("read back exactly what they wrote, including quotes in values", () => {
    const cases: SimpleCondition[] = [
      { join: "and", clauses: [{ question: "has_child", operator: "equal", value: "no" }] },
      { join: "or", clauses: [{ question: "q1", operator: "greater", value: 3 }, { question: "q2", operator: "notempty" }] },
      { join: "and", clauses: [{ question: "issues", operator: "contains", value: "it's" }, { question: "ok", operator: "equal", value: true }] },
    ];
    for (const c of cases) expect(parseCondition(writeCondition(c))).toEqual(c);
  });

  it("mean to survey-core what the teacher chose", () => {
    const noChild = writeCondition({ join: "and", clauses: [{ question: "has_child", operator: "equal", value: "no" }] });
    expect(run(noChild, { has_child: "no" })).toBe(true);
    expect(run(noChild, { has_child: "yes" })).toBe(false);
    const canteen = writeCondition({ join: "and", clauses: [{ question: "issues", operator: "contains", value: "canteen" }] });
    expect(run(canteen, { issues: ["traffic", "canteen"] })).toBe(true);
    expect(run(canteen, { issues: ["traffic"] })).toBe(false);
    const lowOrSilent = writeCondition({ join: "or", clauses: [{ question: "score", operator: "lessorequal", value: 2 }, { question: "score", operator: "empty" }] });
    expect(run(lowOrSilent, { score: 2 })).toBe(true);
    expect(run(lowOrSilent, {})).toBe(true);
    expect(run(lowOrSilent, { score: 4 })).toBe(false);
    const quoted = writeCondition({ join: "and", clauses: [{ question: "t", operator: "equal", value: "it's" }] });
    expect(run(quoted, { t: "it's" })).toBe(true);
  });

  it("leave to the expert field what the form cannot show", () => {
    expect(parseCondition("{a} = 1 and {b} = 2 or {c} = 3")).toBeNull();
    expect(parseCondition("age({birth}) > 12")).toBeNull();
    expect(parseCondition("({a} = 1)")).toBeNull();
    expect(parseCondition("")).toEqual({ join: "and", clauses: [] });
    expect(parseCondition("{a} == \"x\"")).toEqual({ join: "and", clauses: [{ question: "a", operator: "equal", value: "x" }] });
  });
});
