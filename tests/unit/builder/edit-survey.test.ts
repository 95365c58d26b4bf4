import { describe, expect, it } from "vitest";
import { addPage, addQuestion, moveQuestion, removePage, setQuestionProps } from "@/components/builder/edit-survey";
import { normalizeSurvey, type SurveyJson } from "@/components/builder/survey-json";
import { checkSurveyDefinition } from "@/lib/surveys/check-survey-definition";

const labels = { choice: (n: number) => `选项 ${n}` };
const names = (s: SurveyJson) => s.pages.map((p) => p.elements.map((e) => e.name));

describe("editing survey JSON", () => {
  it("builds, from an empty start, a definition the server accepts", () => {
    let s = normalizeSurvey({});
    for (const type of ["radiogroup", "checkbox", "dropdown", "rating", "boolean", "text", "comment", "matrix", "ranking", "html"]) {
      s = addQuestion(s, 0, type, labels).survey;
    }
    s = addPage(s);
    s = addQuestion(s, 1, "comment", labels).survey;
    expect(s.pages).toHaveLength(2);
    expect(() => checkSurveyDefinition(s)).not.toThrow();
    // Codes never clash, even ignoring case and with a question's "-Comment" key.
    const all = names(s).flat();
    expect(new Set(all.map((n) => n!.toLowerCase())).size).toBe(all.length);
  });

  it("moves a question across a page boundary and keeps its neighbours in order", () => {
    let s = normalizeSurvey({ pages: [{ name: "a", elements: [{ type: "text", name: "x" }, { type: "text", name: "y" }] }, { name: "b", elements: [{ type: "text", name: "z" }] }] });
    const down = moveQuestion(s, 0, 1, 1);
    expect(names(down.survey)).toEqual([["x"], ["y", "z"]]);
    expect([down.page, down.index]).toEqual([1, 0]);
    s = moveQuestion(down.survey, 1, 0, -1).survey;
    expect(names(s)).toEqual([["x", "y"], ["z"]]);
    expect(moveQuestion(s, 0, 0, -1).survey).toBe(s);
  });

  it("drops a property set to empty, so SurveyJS's default applies, and keeps unknown ones", () => {
    const s = normalizeSurvey({ pages: [{ name: "p", elements: [{ type: "text", name: "x", isRequired: true, customThing: 1 }] }] });
    const next = setQuestionProps(s, 0, 0, { isRequired: false, title: "" });
    expect(next.pages[0]!.elements[0]).toEqual({ type: "text", name: "x", customThing: 1 });
    expect(s.pages[0]!.elements[0]!.isRequired).toBe(true);
  });

  it("reads a survey given as top-level elements as one page, and never leaves zero pages", () => {
    expect(names(normalizeSurvey({ elements: [{ type: "text", name: "x" }] }))).toEqual([["x"]]);
    expect(removePage(normalizeSurvey({}), 0).pages).toHaveLength(1);
  });
});
