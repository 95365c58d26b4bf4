import { describe, it, expect } from "vitest";
import { ConditionRunner, Model, Serializer } from "survey-core";
import { findTemplate, surveyTemplates, type SurveyTemplate } from "../../../lib/surveys/templates/index";

type JsonObject = Record<string, unknown>;

const ALLOWED_TYPES = new Set([
  "radiogroup",
  "checkbox",
  "dropdown",
  "boolean",
  "rating",
  "matrix",
  "ranking",
  "text",
  "comment",
  "html",
]);
const NAME = /^[a-z][a-z0-9_]*$/;
const ASCII_VALUE = /^[a-z][a-z0-9_]*$/;
const PERSONAL_FIELDS = ["姓名", "学号", "班级", "电话", "手机", "身份证", "住址"];

function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function pagesOf(json: JsonObject): JsonObject[] {
  return Array.isArray(json.pages) ? json.pages.filter(isObject) : [];
}

function elementsOf(json: JsonObject): JsonObject[] {
  return pagesOf(json).flatMap((p) => (Array.isArray(p.elements) ? p.elements.filter(isObject) : []));
}

function namesOf(json: JsonObject): string[] {
  return elementsOf(json).map((e) => String(e.name));
}

// Variables look like "q", "matrix.row" or "q-Comment"; only the question part must exist.
function questionOf(variable: string): string {
  return variable.split(/[.[]/)[0]!.replace(/-(Comment|unwrapped)$/, "");
}

// Complete, plausible answers that also open every follow-up question.
const answers: Record<SurveyTemplate["key"], JsonObject> = {
  staff: {
    role: "head_teacher",
    stage: "primary",
    years_band: "from_11_to_20",
    weekly_lessons: 16,
    work_hours: "from_10_to_12",
    non_teaching_burden: 4,
    burden_sources: ["forms_reports", "inspections", "app_checkins"],
    burden_example: "同一组学生数据每学期要在三个平台重复填报，建议统一数据口径、一次采集多方共用。",
    after_school_service: "too_heavy",
    after_school_issues: ["too_late", "no_compensation"],
    support: {
      professional_growth: 3,
      evaluation_fairness: 2,
      performance_pay: 2,
      staffing: 2,
      facilities: 4,
      wellbeing: 3,
    },
    support_improve: "职称评审指标向一线教学倾斜，班主任津贴与实际工作量挂钩。",
    governance: {
      clear_philosophy: 4,
      whole_child: 3,
      efficient_mechanism: 2,
      teacher_voice: 3,
      tailored_teaching: 3,
      rule_of_law: 4,
      rights_protected: 2,
    },
    obstacles: [
      "non_teaching_tasks",
      "score_orientation",
      "staff_shortage",
      "red_tape",
      "home_school_friction",
      "funding_facilities",
    ],
    campus_issues: ["gate_traffic", "canteen"],
    home_school_pressure: "after_hours_contact",
    law_training: false,
    top_pain_point: "非教学任务挤占备课时间。",
    suggestion: "建立进校园事项清单制度，未列入清单的一律不进校园。",
  },
  student: {
    stage: "upper_primary",
    homework_time: "from_90_to_120",
    homework_amount: 4,
    homework_reasons: ["many_subjects", "repetitive"],
    bedtime: "from_21_to_22",
    class_interest: 3,
    after_school: "join_ok",
    after_school_wishes: ["sports", "science", "free_play"],
    canteen: "not_good",
    canteen_problems: ["cold", "little_variety"],
    school_feelings: {
      feel_safe: 2,
      no_bullying: 4,
      ask_teacher: 4,
      fair_rules: 3,
      voice_heard: 2,
      not_only_scores: 3,
      know_goal: 3,
    },
    unsafe_reasons: ["gate_traffic"],
    gate_crowding: "very_crowded",
    facility_wish: "toilets",
    break_outdoors: false,
    change_priority: [
      "longer_breaks",
      "less_homework",
      "more_sports",
      "better_food",
      "listening_teachers",
      "better_facilities",
    ],
    like_school: 2,
    dislike_reason: "下课不能出去玩，作业也有点多。",
    principal_wish: "让我们课间可以去操场玩。",
  },
  parent: {
    children_count: 2,
    child_stage: "junior_high",
    commute: "car",
    homework_time: "over_120",
    study_burden: 4,
    parent_tasks: ["app_checkins", "group_messages"],
    after_school: "join_unsatisfied",
    after_school_issues: ["end_time", "monotonous"],
    eats_at_school: true,
    canteen_rating: 2,
    canteen_issue: "菜品种类少，价格偏高。",
    fees: "problematic",
    fees_detail: "教辅资料由班级统一征订，没有说明是否自愿。",
    services: { campus_safety: 4, gate_traffic: 1, teachers: 4, facilities: 3, communication: 3 },
    services_improve: "放学时校门口车辆太多，希望实行错峰放学并设置临时停车区。",
    governance: {
      clear_philosophy: 3,
      whole_child: 2,
      individual_attention: 3,
      parent_voice: 2,
      rule_of_law: 4,
    },
    communication_issue: "information_overload",
    priorities: [
      "reduce_burden",
      "school_traffic",
      "campus_safety",
      "holistic_evaluation",
      "teacher_quality",
      "after_school",
      "equity",
    ],
    top_pain_point: "作业多、睡得晚。",
    suggestion: "作业总量由年级统筹，不布置需要家长批改的作业。",
  },
  suggestion: {
    area: "institutions",
    problem: "各类检查评比名目多、材料重复，占用学校大量精力。",
    proposal: "由教育局统筹年度检查计划，合并同类检查，推行一次采集、多方共享的数据平台。",
    expected_effect: "减少重复填报，让教师把时间还给课堂。",
    join_discussion: true,
  },
};

describe("survey templates", () => {
  it("has the four templates, each findable by key", () => {
    expect(surveyTemplates.map((t) => t.key)).toEqual(["staff", "student", "parent", "suggestion"]);
    for (const t of surveyTemplates) {
      expect(findTemplate(t.key)).toBe(t);
      expect(t.title).toBe(t.json.title);
      expect(t.titleEn.length).toBeGreaterThan(0);
      expect(t.audiences.length).toBeGreaterThan(0);
    }
    expect(findTemplate("nope")).toBeUndefined();
    expect(findTemplate("suggestion")?.audiences).toEqual(["staff", "student", "parent"]);
  });

  for (const template of surveyTemplates) {
    const { key, json } = template;

    describe(key, () => {
      it("is a well-formed top-level definition", () => {
        expect(json.locale).toBeUndefined();
        expect(json.showQuestionNumbers).toBe("on");
        expect(typeof json.title).toBe("string");
        expect(typeof json.description).toBe("string");
        expect(String(json.completedHtml)).toMatch(/^<p>[^<>]+<\/p>$/);
        const pages = pagesOf(json);
        expect(pages.length).toBeGreaterThan(0);
        for (const p of pages) {
          expect(p.name, "page name").toMatch(NAME);
          expect(typeof p.title, `page ${String(p.name)} title`).toBe("string");
        }
      });

      it("opens with an anonymity note", () => {
        const first = elementsOf(json)[0];
        expect(first?.type).toBe("html");
        expect(String(first?.html)).toContain("匿名");
        // Pupils read "只看整体结果" where adults read "汇总".
        expect(String(first?.html)).toMatch(/汇总|整体/);
        expect(String(first?.html)).not.toMatch(/<script/i);
      });

      if (key !== "suggestion") {
        it("has 12–22 questions over 2–4 pages", () => {
          const questions = elementsOf(json).filter((e) => e.type !== "html");
          expect(questions.length).toBeGreaterThanOrEqual(12);
          expect(elementsOf(json).length).toBeLessThanOrEqual(22);
          expect(pagesOf(json).length).toBeGreaterThanOrEqual(2);
          expect(pagesOf(json).length).toBeLessThanOrEqual(4);
        });
      }

      it("loads in survey-core with every question of a known type", () => {
        const model = new Model(json);
        expect(model.jsonErrors ?? []).toEqual([]);
        const questions = model.getAllQuestions(false, true);
        expect(questions.map((q) => q.name)).toEqual(namesOf(json));
        for (const q of questions) {
          expect(ALLOWED_TYPES.has(q.getType()), `${q.name}: ${q.getType()}`).toBe(true);
          expect(Serializer.isDescendantOf(q.getType(), "question"), q.name).toBe(true);
        }
      });

      it("uses unique snake_case question names", () => {
        const names = namesOf(json);
        expect(new Set(names).size).toBe(names.length);
        for (const n of names) expect(n).toMatch(NAME);
      });

      it("gives every choice, row and column an explicit ASCII value and a text", () => {
        for (const el of elementsOf(json)) {
          for (const prop of ["choices", "rows", "columns"] as const) {
            const items = el[prop];
            if (items === undefined) continue;
            expect(Array.isArray(items), `${String(el.name)}.${prop}`).toBe(true);
            for (const item of items as unknown[]) {
              const where = `${String(el.name)}.${prop}: ${JSON.stringify(item)}`;
              expect(isObject(item), where).toBe(true);
              const { value, text } = item as JsonObject;
              if (el.type === "matrix" && prop === "columns") expect(typeof value, where).toBe("number");
              else expect(value, where).toMatch(ASCII_VALUE);
              expect(typeof text === "string" && text.trim().length > 0, where).toBe(true);
            }
          }
          if (el.type === "matrix") {
            expect((el.columns as JsonObject[]).map((c) => c.value)).toEqual([1, 2, 3, 4, 5]);
          }
          if (el.type === "rating") {
            expect([el.rateMin, el.rateMax], String(el.name)).toEqual([1, 5]);
            expect(typeof el.minRateDescription, String(el.name)).toBe("string");
            expect(typeof el.maxRateDescription, String(el.name)).toBe("string");
          }
        }
      });

      it("only references existing questions in visibleIf", () => {
        const names = new Set(namesOf(json));
        for (const el of elementsOf(json)) {
          if (el.visibleIf === undefined) continue;
          const runner = new ConditionRunner(String(el.visibleIf));
          expect(runner.canRun(), `${String(el.name)}: ${String(el.visibleIf)}`).toBe(true);
          const vars = runner.getVariables();
          expect(vars.length, String(el.name)).toBeGreaterThan(0);
          for (const v of vars) expect(names.has(questionOf(v)), `${String(el.name)} -> ${v}`).toBe(true);
        }
      });

      it("keeps free text optional and bounded", () => {
        for (const el of elementsOf(json).filter((e) => e.type === "comment")) {
          expect(typeof el.maxLength, String(el.name)).toBe("number");
          if (key !== "suggestion") expect(el.isRequired, String(el.name)).not.toBe(true);
        }
      });

      it("hides follow-up questions until they are triggered", () => {
        const model = new Model(json);
        for (const el of elementsOf(json).filter((e) => e.visibleIf !== undefined)) {
          expect(model.getQuestionByName(String(el.name)).isVisible, String(el.name)).toBe(false);
        }
      });

      it("accepts a complete, plausible answer set", () => {
        const data = answers[key];
        const names = new Set(namesOf(json));
        for (const name of Object.keys(data)) expect(names.has(name), name).toBe(true);
        const model = new Model(json);
        model.data = data;
        const valid = model.validate(true, false);
        const errors = model
          .getAllQuestions()
          .filter((q) => q.errors.length > 0)
          .map((q) => `${q.name}: ${q.errors.map((e) => e.text).join("; ")}`);
        expect(errors).toEqual([]);
        expect(valid).toBe(true);
        // Every follow-up is exercised by the answer set above.
        for (const el of elementsOf(json).filter((e) => e.visibleIf !== undefined)) {
          expect(model.getQuestionByName(String(el.name)).isVisible, String(el.name)).toBe(true);
        }
        for (const el of elementsOf(json).filter((e) => typeof e.maxSelectedChoices === "number")) {
          const picked = data[String(el.name)];
          if (Array.isArray(picked)) expect(picked.length).toBeLessThanOrEqual(el.maxSelectedChoices as number);
        }
      });

      it("rejects an empty answer set", () => {
        const model = new Model(json);
        model.data = {};
        expect(model.validate(true, false)).toBe(false);
      });
    });
  }

  describe("student privacy", () => {
    const student = findTemplate("student")!;

    it("asks for no phone numbers or e-mail addresses", () => {
      for (const el of elementsOf(student.json)) {
        expect(["tel", "email"], String(el.name)).not.toContain(el.inputType);
      }
    });

    it("asks for no name, student number, class, phone, ID or address", () => {
      const model = new Model(student.json);
      for (const q of model.getAllQuestions(false, true)) {
        for (const word of PERSONAL_FIELDS) expect(q.title, q.name).not.toContain(word);
      }
    });
  });

  describe("common audience features", () => {
    const elements = surveyTemplates.flatMap((t) => elementsOf(t.json));

    it("uses checkbox other/none items and a selection limit", () => {
      const checkboxes = elements.filter((e) => e.type === "checkbox");
      expect(checkboxes.some((e) => e.showOtherItem === true)).toBe(true);
      expect(checkboxes.some((e) => e.showNoneItem === true)).toBe(true);
      expect(checkboxes.some((e) => typeof e.maxSelectedChoices === "number")).toBe(true);
    });

    it("has a bounded number input in the staff or parent survey", () => {
      const inputs = ["staff", "parent"].flatMap((k) => elementsOf(findTemplate(k)!.json));
      const numbers = inputs.filter((e) => e.type === "text" && e.inputType === "number");
      expect(numbers.length).toBeGreaterThan(0);
      for (const n of numbers) expect([typeof n.min, typeof n.max]).toEqual(["number", "number"]);
    });

    it("asks the suggestion form for no contact details", () => {
      const form = elementsOf(findTemplate("suggestion")!.json);
      expect(form.filter((e) => e.type === "text")).toEqual([]);
      expect(form.map((e) => e.name)).toEqual(["intro", "area", "problem", "proposal", "expected_effect", "join_discussion"]);
    });
  });
});
