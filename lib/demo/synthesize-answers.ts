import type { Random } from "./random";

type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** Choice values as written in the JSON (numbers stay numbers: validation is type-strict). */
const values = (items: unknown): unknown[] => (Array.isArray(items) ? items.map((i) => (isObject(i) ? i.value : i)) : []);

const COMMENTS = [
  "希望学校能进一步减少不必要的表格和检查，让老师把精力放在教学上。",
  "放学时校门口交通拥堵，建议错峰放学并安排志愿者疏导。",
  "课后服务的内容可以更丰富一些，增加体育和艺术类活动。",
  "食堂饭菜口味一般，希望多听听学生的意见，定期公开菜谱。",
  "家校沟通渠道太多，群消息过多，希望统一平台、减少打卡。",
  "建议加强心理健康教育，配备专职心理老师。",
  "作业量有时偏多，希望各科老师统筹协调。",
  "希望改善操场和体育设施，增加学生户外活动时间。",
  "收费项目希望更加公开透明。",
  "建议给青年教师更多培训和成长机会。",
  "学校图书馆开放时间可以延长。",
  "希望减少形式主义的活动，多办实事。",
];

/**
 * A plausible answer set for a SurveyJS definition: required questions always answered, optional
 * ones usually, follow-ups too (the caller's validator drops those hidden by logic).
 * `mood` (0–1) tilts ratings, so schools differ visibly in the demo.
 */
export function synthesizeAnswers(json: unknown, random: Random, mood = 0.6): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const visit = (elements: unknown) => {
    if (!Array.isArray(elements)) return;
    for (const el of elements) {
      if (!isObject(el) || typeof el.name !== "string") continue;
      if (el.type === "panel") visit(el.elements);
      if (el.type === "html") continue;
      if (!el.isRequired && !random.chance(0.8)) continue;
      const answer = answerFor(el, random, mood);
      if (answer !== undefined) data[el.name] = answer;
    }
  };
  if (isObject(json) && Array.isArray(json.pages)) for (const p of json.pages) if (isObject(p)) visit(p.elements);
  return data;
}

function rating(random: Random, min: number, max: number, mood: number): number {
  const skewed = Math.min(0.999, Math.max(0, (random.next() + random.next() + mood * 2) / 4));
  return min + Math.floor(skewed * (max - min + 1));
}

function answerFor(el: JsonObject, random: Random, mood: number): unknown {
  const choices = values(el.choices);
  switch (el.type) {
    case "radiogroup":
    case "dropdown":
      return choices.length > 0 ? random.pick(choices) : undefined;
    case "checkbox": {
      const max = typeof el.maxSelectedChoices === "number" && el.maxSelectedChoices > 0 ? el.maxSelectedChoices : 3;
      const picked = new Set<unknown>();
      const n = random.int(1, Math.min(max, choices.length));
      while (picked.size < n && choices.length > 0) picked.add(random.pick(choices));
      return [...picked];
    }
    case "boolean":
      return random.chance(0.5 + (mood - 0.5) / 2);
    case "rating": {
      const min = typeof el.rateMin === "number" ? el.rateMin : 1;
      const max = typeof el.rateMax === "number" ? el.rateMax : 5;
      return rating(random, min, max, mood);
    }
    case "matrix": {
      const cols = values(el.columns);
      const out: Record<string, unknown> = {};
      for (const row of values(el.rows)) out[String(row)] = cols[Math.min(cols.length - 1, rating(random, 0, cols.length - 1, mood))];
      return out;
    }
    case "ranking":
      return [...choices].sort(() => random.next() - 0.5);
    case "text": {
      if (el.inputType === "number") {
        const min = typeof el.min === "number" ? el.min : 0;
        const max = typeof el.max === "number" ? el.max : 10;
        return random.int(min, Math.min(max, min + 12));
      }
      return el.inputType && el.inputType !== "text" ? undefined : random.pick(COMMENTS).slice(0, 20);
    }
    case "comment":
      return random.pick(COMMENTS);
    default:
      return undefined;
  }
}
