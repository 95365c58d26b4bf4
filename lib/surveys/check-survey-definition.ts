import { AppError, type FieldIssue } from "../errors/app-error";
import { compileValidator } from "../responses/compile-validator";
import { checkPropertyTypes } from "./check-property-types";
import { listQuestions } from "./list-questions";
import { screenDefinition } from "./screen-definition";
import { sanitizeSurveyJson } from "./sanitize-survey-json";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

const MAX_ELEMENTS = 500;

/** Where a compile error points: the element's name when it has one, else the location. */
function issueFrom(message: string): FieldIssue {
  const named = /(?:element|question|panel) "([^"]+)"/.exec(message);
  const location = message.split(":")[0] ?? "json";
  return { field: named?.[1] ?? location, message };
}

function* elements(list: unknown): Generator<Json> {
  if (!Array.isArray(list)) return;
  for (const el of list) {
    if (!isObject(el)) continue;
    yield el;
    yield* elements(el.elements ?? el.questions);
  }
}

/** Choices, rows and columns given as objects must carry a value: answers are stored by value. */
function checkItems(json: Json): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const pages = Array.isArray(json.pages) ? json.pages : [json];
  for (const page of pages) {
    if (!isObject(page)) continue;
    for (const el of elements(page.elements ?? page.questions)) {
      for (const prop of ["choices", "rows", "columns"]) {
        const items = el[prop];
        if (!Array.isArray(items)) continue;
        items.forEach((item, i) => {
          const value = isObject(item) ? item.value : item;
          if (value === undefined || value === null || value === "") {
            issues.push({ field: String(el.name ?? "json"), message: `element "${String(el.name ?? "")}": ${prop} item ${i + 1} has no value` });
          }
        });
      }
    }
  }
  return issues;
}

/**
 * Checks a SurveyJS definition before it is saved, and returns it sanitised. Everything the
 * response validator cannot model exactly (unknown types, clashing names, broken expressions,
 * unsupported features) is refused here, so a survey that saves is a survey whose answers can be
 * validated. Each problem names the element.
 */
export function checkSurveyDefinition(json: unknown): Json & object {
  if (!isObject(json)) throw new AppError("VALIDATION", "问卷定义必须是 JSON 对象 (json must be an object)", [{ field: "json", message: "must be an object" }]);
  if (json.pages !== undefined && !Array.isArray(json.pages)) {
    throw new AppError("VALIDATION", "pages 必须是数组 (pages must be an array)", [{ field: "pages", message: "must be an array" }]);
  }
  const unstorable = screenDefinition(json);
  if (unstorable) throw new AppError("VALIDATION", `问卷定义无法保存：${unstorable.message}`, [unstorable]);
  const mistyped = checkPropertyTypes(json);
  if (mistyped) throw new AppError("VALIDATION", `问卷定义有误：${mistyped.message}`, [mistyped]);
  const itemIssues = checkItems(json);
  if (itemIssues.length > 0) throw new AppError("VALIDATION", `选项缺少取值 (${itemIssues[0]!.message})`, itemIssues);
  const clean = sanitizeSurveyJson(json);
  try {
    compileValidator(clean);
  } catch (e) {
    // A TypeError is survey-core failing on a value of a type checkPropertyTypes does not know
    // to refuse yet: say that, not the internal message.
    const issue =
      e instanceof TypeError || e instanceof RangeError
        ? { field: "json", message: "a property has a value of a type SurveyJS cannot read (某个属性的取值类型不对)" }
        : issueFrom((e as Error).message);
    throw new AppError("VALIDATION", `问卷定义有误：${issue.message}`, [issue]);
  }
  const questions = listQuestions(clean);
  if (questions.length === 0) throw new AppError("VALIDATION", "问卷至少需要一道题 (the survey has no question)", [{ field: "pages", message: "no question" }]);
  if (questions.length > MAX_ELEMENTS) throw new AppError("VALIDATION", `题目过多（最多 ${MAX_ELEMENTS} 道）`, [{ field: "pages", message: `at most ${MAX_ELEMENTS} questions` }]);
  return clean;
}
