import { describe, it, expect } from "vitest";
import { ANSWERED, deriveTallies, RESPONSE_QUESTION, type TallyDelta } from "../../../lib/responses/derive-tallies";
import { createTallyBatch } from "../../../lib/db/tally-batch";
import { listQuestions } from "../../../lib/surveys/list-questions";

/** A compact, order-independent view of deltas: "question|row|value count sum". */
function view(deltas: TallyDelta[]): string[] {
  return deltas.map((d) => `${d.question}|${d.row}|${d.value} ${d.count} ${d.sum}`).sort();
}

const RESPONSE_ROW = `${RESPONSE_QUESTION}||${ANSWERED} 1 0`;

/** Deltas for one question (the response row is checked separately). */
function deltasFor(json: unknown, data: Record<string, unknown>): string[] {
  return view(deriveTallies(listQuestions(json), data)).filter((r) => r !== RESPONSE_ROW);
}

const single = (element: Record<string, unknown>) => ({ pages: [{ name: "p1", elements: [element] }] });

const survey = {
  pages: [
    {
      name: "p1",
      elements: [
        { type: "html", name: "intro", html: "<p>欢迎参加调查</p>" },
        { type: "radiogroup", name: "role", choices: ["teacher", "parent"] },
        {
          type: "panel",
          name: "about",
          elements: [
            { type: "rating", name: "satisfaction", rateMax: 5 },
            { type: "panel", name: "inner", elements: [{ type: "boolean", name: "boarding" }] },
          ],
        },
      ],
    },
    {
      name: "p2",
      elements: [
        { type: "image", name: "logo", imageLink: "/logo.png" },
        { type: "comment", name: "advice" },
      ],
    },
  ],
};

describe("listQuestions", () => {
  it("lists answerable questions page by page, flattening nested panels and skipping html and images", () => {
    expect(listQuestions(survey).map((q) => `${q.name}:${q.type}`)).toEqual([
      "role:radiogroup",
      "satisfaction:rating",
      "boarding:boolean",
      "advice:comment",
    ]);
  });

  it("reads top-level elements, input types, matrix rows and ranking items", () => {
    const questions = listQuestions({
      elements: [
        { type: "text", name: "age", inputType: "number" },
        { type: "matrix", name: "m", columns: [1, 2, 3], rows: [{ value: "food", text: "伙食" }, "safety"] },
        { type: "ranking", name: "r", choices: ["a", { value: "b", text: "乙" }] },
      ],
    });
    expect(questions).toEqual([
      { name: "age", type: "text", inputType: "number" },
      { name: "m", type: "matrix", rows: ["food", "safety"] },
      { name: "r", type: "ranking", rows: ["a", "b"] },
    ]);
  });

  it("returns nothing for something that is not a survey", () => {
    expect(listQuestions(null)).toEqual([]);
    expect(listQuestions("survey")).toEqual([]);
    expect(listQuestions({ pages: "p1" })).toEqual([]);
  });
});

describe("deriveTallies", () => {
  it("counts every response once, even an empty one", () => {
    expect(deriveTallies(listQuestions(survey), {})).toEqual([
      { question: RESPONSE_QUESTION, row: "", value: ANSWERED, count: 1, sum: 0 },
    ]);
  });

  it("adds rows for answered questions in panels and ignores the html element", () => {
    const deltas = view(deriveTallies(listQuestions(survey), { role: "parent", satisfaction: 4, boarding: false, intro: "x" }));
    expect(deltas).toEqual(
      [
        RESPONSE_ROW,
        "role||parent 1 0",
        "satisfaction||4 1 4",
        "boarding||false 1 0",
      ].sort(),
    );
  });

  it("radiogroup: one row for the chosen value, which carries a numeric value as its sum", () => {
    const q = single({ type: "radiogroup", name: "grade", choices: [1, 2, 3] });
    expect(deltasFor(q, { grade: "b" })).toEqual(["grade||b 1 0"]);
    expect(deltasFor(q, { grade: 3 })).toEqual(["grade||3 1 3"]);
  });

  it("dropdown: one row for the chosen value", () => {
    expect(deltasFor(single({ type: "dropdown", name: "district", choices: ["广陵区"] }), { district: "广陵区" })).toEqual(["district||广陵区 1 0"]);
  });

  it("boolean: true and false are both answers", () => {
    const q = single({ type: "boolean", name: "ok" });
    expect(deltasFor(q, { ok: true })).toEqual(["ok||true 1 0"]);
    expect(deltasFor(q, { ok: false })).toEqual(["ok||false 1 0"]);
  });

  it("rating: the value row sums the rating, zero included", () => {
    const q = single({ type: "rating", name: "score", rateMin: 0, rateMax: 10 });
    expect(deltasFor(q, { score: 9 })).toEqual(["score||9 1 9"]);
    expect(deltasFor(q, { score: 0 })).toEqual(["score||0 1 0"]);
  });

  it("checkbox: answered row sums how many were ticked, plus one row per distinct choice", () => {
    const q = single({ type: "checkbox", name: "worries", choices: ["homework", "sleep", "safety"] });
    expect(deltasFor(q, { worries: ["homework", "sleep"] })).toEqual(
      ["worries||* 1 2", "worries||homework 1 0", "worries||sleep 1 0"].sort(),
    );
    const repeated = deltasFor(q, { worries: ["sleep", "sleep", "safety"] });
    expect(repeated.filter((r) => r.startsWith("worries||sleep "))).toEqual(["worries||sleep 1 0"]);
    expect(repeated).toContain("worries||safety 1 0");
  });

  it("matrix: an answered row for the question and, per matrix row, a value row summing the cell", () => {
    const q = single({ type: "matrix", name: "campus", columns: [1, 2, 3, 4, 5], rows: ["food", "safety", "sports"] });
    expect(deltasFor(q, { campus: { food: 4, safety: "5", sports: "" } })).toEqual(["campus||* 1 0", "campus|food|4 1 4", "campus|safety|5 1 5"].sort());
  });

  it("matrix: a text column value is counted with a zero sum", () => {
    const q = single({ type: "matrix", name: "m", columns: ["good", "bad"], rows: ["food"] });
    expect(deltasFor(q, { m: { food: "good" } })).toEqual(["m||* 1 0", "m|food|good 1 0"].sort());
  });

  it("ranking: an answered row for the question and, per item, a row for its 1-based rank summing it", () => {
    const q = single({ type: "ranking", name: "priorities", choices: ["teachers", "buildings", "meals"] });
    expect(deltasFor(q, { priorities: ["meals", "teachers", "buildings"] })).toEqual(
      ["priorities||* 1 0", "priorities|meals|1 1 1", "priorities|teachers|2 1 2", "priorities|buildings|3 1 3"].sort(),
    );
  });

  it("numeric text input: a row for the number, summing it", () => {
    const q = single({ type: "text", name: "hours", inputType: "number" });
    expect(deltasFor(q, { hours: 7.5 })).toEqual(["hours||7.5 1 7.5"]);
    expect(deltasFor(q, { hours: "12" })).toEqual(["hours||12 1 12"]);
  });

  it("numeric text input that is not a number only counts as answered", () => {
    expect(deltasFor(single({ type: "text", name: "hours", inputType: "number" }), { hours: "很多" })).toEqual(["hours||* 1 0"]);
  });

  it("plain text and comments only count as answered, even when they look like numbers", () => {
    expect(deltasFor(single({ type: "text", name: "name" }), { name: "42" })).toEqual(["name||* 1 0"]);
    expect(deltasFor(single({ type: "comment", name: "advice" }), { advice: "希望增加体育课" })).toEqual(["advice||* 1 0"]);
  });

  it("empty answers add nothing but the response row", () => {
    const questions = listQuestions({
      elements: [
        { type: "radiogroup", name: "a", choices: ["x"] },
        { type: "checkbox", name: "b", choices: ["x"] },
        { type: "text", name: "c", inputType: "number" },
        { type: "comment", name: "d" },
        { type: "ranking", name: "e", choices: ["x"] },
      ],
    });
    expect(deriveTallies(questions, { a: undefined, b: [], c: "", d: "", e: [] })).toEqual([
      { question: RESPONSE_QUESTION, row: "", value: ANSWERED, count: 1, sum: 0 },
    ]);
  });

  it("ignores answers to questions the survey does not have", () => {
    expect(deriveTallies(listQuestions(single({ type: "comment", name: "advice" })), { hacked: "1" })).toEqual([
      { question: RESPONSE_QUESTION, row: "", value: ANSWERED, count: 1, sum: 0 },
    ]);
  });
});

describe("createTallyBatch", () => {
  const questions = listQuestions(single({ type: "rating", name: "score", rateMax: 5 }));
  const schoolA = { versionId: "v1", schoolId: "a", audience: "parent" };
  const schoolB = { versionId: "v1", schoolId: "b", audience: "parent" };

  it("adds counts and sums of equal keys across responses, per school and audience", () => {
    const batch = createTallyBatch();
    batch.add(schoolA, "2026-11-01", deriveTallies(questions, { score: 4 }));
    batch.add(schoolA, "2026-11-02", deriveTallies(questions, { score: 5 }));
    batch.add(schoolA, "2026-11-02", deriveTallies(questions, { score: 4 }));
    batch.add(schoolB, "2026-11-02", deriveTallies(questions, { score: 1 }));
    const rows = batch.tallies().map((d) => `${d.schoolId} ${d.question}|${d.row}|${d.value} ${d.count} ${d.sum}`).sort();
    expect(rows).toEqual(
      [`a ${RESPONSE_QUESTION}||* 3 0`, "a score||4 2 8", "a score||5 1 5", `b ${RESPONSE_QUESTION}||* 1 0`, "b score||1 1 1"].sort(),
    );
    expect(batch.dailyCounts().map((d) => `${d.schoolId} ${d.day} ${d.count}`).sort()).toEqual(["a 2026-11-01 1", "a 2026-11-02 2", "b 2026-11-02 1"]);
  });

  it("leaves the input deltas unchanged", () => {
    const first = deriveTallies(questions, { score: 2 });
    const snapshot = structuredClone(first);
    const batch = createTallyBatch();
    batch.add(schoolA, "2026-11-01", first);
    batch.add(schoolA, "2026-11-01", deriveTallies(questions, { score: 3 }));
    expect(first).toEqual(snapshot);
  });
});

describe("deriveTallies: empty matrix answers", () => {
  it("does not count a matrix with no answered row as answered", () => {
    const qs = listQuestions({ pages: [{ elements: [{ type: "matrix", name: "m", rows: ["r1"], columns: [1, 2] }] }] });
    expect(deriveTallies(qs, { m: {} }).filter((d) => d.question === "m")).toEqual([]);
    expect(deriveTallies(qs, { m: { r1: "" } }).filter((d) => d.question === "m")).toEqual([]);
  });
});
