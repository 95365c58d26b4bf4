// Property: the survey JSON import (POST /api/surveys and PUT /api/surveys/{id}, called as route
// handlers with an administrator's bearer token), fed generated definitions — questionnaire
// templates and arbitrary combinations of question types — mutated and damaged, answers only
// documented statuses; a refused body leaves every stored version as it was; an accepted
// definition is stored sanitised, reads back as stored, and saving it again changes nothing.
import fc from "fast-check";
import { POST } from "@/app/api/surveys/route";
import { GET, PUT } from "@/app/api/surveys/[id]/route";
import { getDb } from "@/lib/db/client";
import { createSurvey } from "@/lib/surveys/create-survey";
import { publishSurvey } from "@/lib/surveys/publish-survey";
import { HTML_PROPS, TEXT_PROPS } from "@/lib/surveys/sanitize-survey-json";
import { surveyTemplates } from "@/lib/surveys/templates";
import { XSS_PAYLOADS } from "../fixtures/xss-payloads";
import { createCaller, createSchools, EVERY_TYPE_SURVEY } from "./factories";
import type { FuzzFigures } from "./fuzz-submissions";
import { byteDamage, damageBytes, hostileJson, hostileKey, nastyString, PROTOTYPE_KEYS, type ByteDamage } from "./fuzz-inputs";
import { resetDatabase } from "./reset-database";

/** The statuses docs/openapi.yaml lists for each route, less auth and concurrency (one administrator in scope, one request at a time). */
const STATUSES = { POST: new Set([201, 400, 404, 413, 422]), PUT: new Set([200, 400, 413, 422]) };
const MAX_BODY = 1024 * 1024;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

// ---- Valid definitions: the questionnaire templates, and generated combinations of question types.

const label = fc.oneof(fc.constantFrom("您的孩子每天作业大约多久？", "满意度", "Other / 其他", "分数 < 60 的比例", "A & B"), fc.constantFrom(...XSS_PAYLOADS));
const choiceList = fc.array(fc.oneof(fc.record({ text: label }), fc.constant({})), { minLength: 1, maxLength: 5 }).map((items) => items.map((item, i) => ({ value: `c${i}`, ...item })));

const question: fc.Arbitrary<Json> = fc.oneof(
  fc.record({ type: fc.constantFrom("radiogroup", "dropdown", "checkbox", "ranking"), title: label, choices: choiceList, isRequired: fc.boolean(), showOtherItem: fc.boolean(), showNoneItem: fc.boolean() }),
  fc.record({ type: fc.constant("boolean"), title: label, labelTrue: label, labelFalse: label }),
  fc.record({ type: fc.constant("rating"), title: label, rateMin: fc.integer({ min: 0, max: 2 }), rateMax: fc.integer({ min: 3, max: 10 }), minRateDescription: label }),
  fc.record({ type: fc.constant("text"), title: label, inputType: fc.constantFrom("text", "number", "email", "date"), maxLength: fc.integer({ min: 1, max: 500 }), placeholder: label }),
  fc.record({ type: fc.constant("comment"), title: label, description: label, maxLength: fc.integer({ min: 1, max: 800 }) }),
  fc.record({ type: fc.constant("matrix"), title: label, rows: choiceList, columns: choiceList }),
  fc.record({ type: fc.constant("html"), html: fc.oneof(fc.constant("<p>匿名<strong>填写</strong></p>"), fc.constantFrom(...XSS_PAYLOADS)) }),
  fc.record({ type: fc.constant("image"), imageLink: fc.constant("https://example.org/a.png") }),
);

const elementTree: fc.Arbitrary<Json[]> = fc.letrec<{ list: Json[]; element: Json }>((tie) => ({
  list: fc.array(tie("element"), { minLength: 1, maxLength: 5 }),
  element: fc.oneof({ depthSize: "small", maxDepth: 3 }, question, question, fc.record({ type: fc.constant("panel"), title: label, elements: tie("list") })),
})).list;

/** Names every element q0, q1, … (panels p0, …) in document order, and lets some ask about an earlier one. */
function nameElements(elements: Json[], state = { n: 0, asked: [] as string[] }): Json[] {
  return elements.map((el) => {
    const out: Json = { ...el, name: el.type === "panel" ? `p${state.n++}` : `q${state.n++}` };
    const earlier = state.asked[state.n % Math.max(1, state.asked.length)];
    if (earlier && state.n % 3 === 0) out.visibleIf = `{${earlier}} notempty`;
    if (Array.isArray(el.elements)) out.elements = nameElements(el.elements as Json[], state);
    else if (el.type !== "html" && el.type !== "image") state.asked.push(String(out.name));
    return out;
  });
}

const generated: fc.Arbitrary<Json> = fc
  .record({ title: label, completedHtml: fc.constantFrom(...XSS_PAYLOADS), pages: fc.array(elementTree, { minLength: 1, maxLength: 3 }), flat: fc.boolean() })
  .map(({ title, completedHtml, pages, flat }) => {
    const state = { n: 0, asked: [] as string[] };
    const named = pages.map((elements) => nameElements(elements, state));
    return flat ? { title, completedHtml, elements: named.flat() } : { title, completedHtml, pages: named.map((elements, i) => ({ name: `page${i}`, elements })) };
  });

const SOURCES = [...surveyTemplates.map((t) => t.json), EVERY_TYPE_SURVEY as Json];
const definition = fc.oneof(fc.nat({ max: SOURCES.length - 1 }).map((i) => structuredClone(SOURCES[i]!)), generated);

// ---- Mutations of a definition, each aimed at a node picked by index among its objects.

const EXPRESSIONS = [
  "{q0} = 1 and", "((((", ")", "{", "}", "{}", "{q0", "'unterminated", "{__proto__} = 1", "{constructor} notempty", "{toString} = 1",
  "{q0.length} > 1", "{q0[0]} = 1", "{row.x} = 1", "{panel.q0} = 1", "unknownFunction({q0})", "iif({q0}, 1)", "age({q0}) > 10",
  "sum()", "{q0} anyof ['a'", "{q0} contains", "1 / 0 = 1", "{nowhere} = 1", "{q0} == 1 || {q1} = 2", "#", "{q0} = '\u0000'",
  "(".repeat(5_000) + "1" + ")".repeat(5_000), "!".repeat(10_000) + "true", Array.from({ length: 2_000 }, (_, i) => `{q${i % 9}} = ${i}`).join(" and "),
];
const expression = fc.oneof(
  fc.constantFrom(...EXPRESSIONS),
  fc.string({ unit: fc.constantFrom(..."{}()[]'\"!=<>&| q0q1 anyofcontainsnotemptyand or,.-+*/0123456789".split("")), maxLength: 40 }),
  nastyString(30),
  hostileJson,
);
const KNOWN_PROPS = [
  "type", "name", "title", "description", "elements", "questions", "pages", "choices", "rows", "columns", "rateValues", "value", "text", "html",
  "completedHtml", "isRequired", "visible", "readOnly", "visibleIf", "enableIf", "requiredIf", "validators", "inputType", "min", "max",
  "maxLength", "rateMin", "rateMax", "rateStep", "showOtherItem", "showNoneItem", "showCommentArea", "maxSelectedChoices", "mode", "locale",
  "triggers", "calculatedValues", "valueName", "choicesByUrl", "storeOthersAsComment", "firstPageIsStartPage", "maxTextLength", "maxCommentLength",
];
const wrongValue = fc.oneof(hostileJson, nastyString(60), fc.constantFrom(null, true, 0, -1, 1e308, "", [], {}, [[]], "长".repeat(20_000)));
const text = fc.oneof(fc.constantFrom(...XSS_PAYLOADS), nastyString(80), fc.constantFrom("&lt;script&gt;alert(1)&lt;/script&gt;", "<b>x</b>&lt;img src=x onerror=alert(1)&gt;", "=HYPERLINK(\"http://x\")"), fc.record({ default: fc.constantFrom(...XSS_PAYLOADS), "zh-cn": nastyString(20) }));
const at = fc.nat();

type Mutation =
  | { kind: "set"; at: number; key: string; value: unknown }
  | { kind: "replace"; at: number; key: number; value: unknown }
  | { kind: "drop"; at: number; key: number }
  | { kind: "type"; at: number; value: unknown }
  | { kind: "duplicateName"; at: number; from: number; upper: boolean }
  | { kind: "choiceNoValue"; at: number; item: number; value: unknown }
  | { kind: "logic"; at: number; prop: "visibleIf" | "enableIf" | "requiredIf"; value: unknown }
  | { kind: "validator"; at: number; value: Json }
  | { kind: "text"; at: number; prop: string; value: unknown }
  | { kind: "nest"; at: number; depth: number }
  | { kind: "name"; at: number; value: string }
  | { kind: "protoKey"; at: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), at, key: fc.oneof(fc.constantFrom(...KNOWN_PROPS), hostileKey), value: wrongValue }),
  fc.record({ kind: fc.constant("replace" as const), at, key: fc.nat(), value: wrongValue }),
  fc.record({ kind: fc.constant("drop" as const), at, key: fc.nat() }),
  fc.record({ kind: fc.constant("type" as const), at, value: fc.oneof(fc.constantFrom("file", "signaturepad", "paneldynamic", "matrixdropdown", "multipletext", "PANEL", "Radiogroup", " text", "page", "survey"), wrongValue) }),
  fc.record({ kind: fc.constant("duplicateName" as const), at, from: fc.nat(), upper: fc.boolean() }),
  fc.record({ kind: fc.constant("choiceNoValue" as const), at, item: fc.nat(), value: fc.constantFrom({ text: "无值" }, { value: null }, { value: "" }, null, "", { value: {} }, { value: [] }, { value: "__proto__" }) }),
  fc.record({ kind: fc.constant("logic" as const), at, prop: fc.constantFrom("visibleIf" as const, "enableIf" as const, "requiredIf" as const), value: expression }),
  fc.record({ kind: fc.constant("validator" as const), at, value: fc.record({ type: fc.oneof(fc.constantFrom("expression", "regex", "numeric", "text", "email", "answercount"), nastyString(10)), expression, regex: fc.oneof(fc.constantFrom("(a+)+$", "[", "(?<", "\\"), nastyString(10)), minValue: wrongValue, text }, { requiredKeys: ["type"] }) }),
  fc.record({ kind: fc.constant("text" as const), at, prop: fc.constantFrom(...HTML_PROPS, ...TEXT_PROPS), value: text }),
  fc.record({ kind: fc.constant("nest" as const), at, depth: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 10, max: 500 })) }),
  fc.record({ kind: fc.constant("name" as const), at, value: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, "", " ", "q0-Comment", "Q0", "a.b", "{x}", "row", "panel"), nastyString(12)) }),
  fc.record({ kind: fc.constant("protoKey" as const), at, key: fc.constantFrom(...PROTOTYPE_KEYS), value: hostileJson }),
);

/** Every object in a definition, in document order (the root first), with the element objects apart. */
function nodes(root: Json): { all: Json[]; elements: Json[] } {
  const all: Json[] = [];
  const elements: Json[] = [];
  const walk = (v: unknown, isElement: boolean) => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, isElement));
    if (!isObject(v)) return;
    all.push(v);
    if (isElement) elements.push(v);
    for (const [k, child] of Object.entries(v)) walk(child, k === "elements" || k === "questions");
  };
  walk(root, false);
  return { all, elements: elements.length > 0 ? elements : all };
}

function define(o: Json, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

function mutate(root: Json, m: Mutation): void {
  const { all, elements } = nodes(root);
  const node = all[m.at % all.length]!;
  const element = elements[m.at % elements.length]!;
  const keys = Object.keys(node);
  switch (m.kind) {
    case "set":
      return define(node, m.key, m.value);
    case "replace":
      if (keys.length > 0) node[keys[m.key % keys.length]!] = m.value;
      return;
    case "drop":
      if (keys.length > 0) delete node[keys[m.key % keys.length]!];
      return;
    case "type":
      element.type = m.value;
      return;
    case "duplicateName": {
      const name = String(elements[m.from % elements.length]!.name ?? "q0");
      element.name = m.upper ? name.toUpperCase() : name;
      return;
    }
    case "choiceNoValue": {
      const list = ["choices", "rows", "columns"].map((p) => element[p]).find(Array.isArray) as unknown[] | undefined;
      if (list) list[m.item % (list.length + 1)] = m.value;
      else element.choices = [m.value];
      return;
    }
    case "logic":
      node[m.prop] = m.value;
      return;
    case "validator":
      element.validators = [...(Array.isArray(element.validators) ? element.validators : []), m.value];
      return;
    case "text":
      node[m.prop] = m.value;
      return;
    case "nest": {
      // Wraps the element's content in panels within panels, built bottom-up (no recursion).
      let inner: Json = { ...element };
      for (let i = 0; i < m.depth; i++) inner = { type: "panel", name: `nest${i}`, elements: [inner] };
      for (const k of Object.keys(element)) delete element[k];
      Object.assign(element, inner);
      return;
    }
    case "name":
      element.name = m.value;
      return;
    case "protoKey":
      return define(node, m.key, m.value);
  }
}

// ---- Request bodies.

type Envelope = { kind: "title"; value: unknown } | { kind: "audiences"; value: unknown } | { kind: "campaignId"; value: unknown } | { kind: "key"; key: string; value: unknown } | { kind: "drop"; key: "title" | "audiences" | "json" };

const envelope: fc.Arbitrary<Envelope> = fc.oneof(
  fc.record({ kind: fc.constant("title" as const), value: fc.oneof(text, wrongValue, fc.constantFrom("题".repeat(201), "a\u0000b", "\udc00")) }),
  fc.record({ kind: fc.constant("audiences" as const), value: fc.oneof(hostileJson, fc.constantFrom([], ["parent", "parent"], ["teacher"], "parent")) }),
  fc.record({ kind: fc.constant("campaignId" as const), value: fc.oneof(nastyString(30), hostileJson, fc.constantFrom("a\u0000", "\ud800")) }),
  fc.record({ kind: fc.constant("key" as const), key: hostileKey, value: hostileJson }),
  fc.record({ kind: fc.constant("drop" as const), key: fc.constantFrom("title" as const, "audiences" as const, "json" as const) }),
);

type Body =
  | { kind: "definition"; json: Json; mutations: Mutation[]; envelope: Envelope[]; damage: ByteDamage[] }
  | { kind: "json"; value: unknown; wrapped: boolean }
  | { kind: "bytes"; bytes: Uint8Array }
  | { kind: "deep"; depth: number; open: "[" | '{"a":' | '{"type":"panel","name":"p","elements":[' }
  | { kind: "oversize"; declared: boolean; extra: number };

export interface SurveyJsonCase {
  method: "POST" | "PUT";
  /** PUT: 0 a survey with only a draft, 1 a published survey (publishing its draft first when `publish`). */
  target: number;
  publish: boolean;
  body: Body;
}

export const surveyJsonCase: fc.Arbitrary<SurveyJsonCase> = fc.record({
  method: fc.constantFrom("POST" as const, "PUT" as const),
  target: fc.nat({ max: 1 }),
  publish: fc.boolean(),
  body: fc.oneof(
    {
      weight: 12,
      arbitrary: fc.record({
        kind: fc.constant("definition" as const),
        json: definition,
        mutations: fc.oneof({ weight: 1, arbitrary: fc.constant<Mutation[]>([]) }, { weight: 3, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) }),
        envelope: fc.oneof({ weight: 2, arbitrary: fc.constant<Envelope[]>([]) }, { weight: 1, arbitrary: fc.array(envelope, { minLength: 1, maxLength: 2 }) }),
        damage: fc.oneof({ weight: 6, arbitrary: fc.constant<ByteDamage[]>([]) }, { weight: 1, arbitrary: fc.array(byteDamage, { minLength: 1, maxLength: 3 }) }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("json" as const), value: hostileJson, wrapped: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("bytes" as const), bytes: fc.uint8Array({ maxLength: 200 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("deep" as const), depth: fc.integer({ min: 1, max: 200_000 }), open: fc.constantFrom("[" as const, '{"a":' as const, '{"type":"panel","name":"p","elements":[' as const) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("oversize" as const), declared: fc.boolean(), extra: fc.integer({ min: 1, max: 10_000 }) }) },
  ),
});

const CLOSE: Record<string, string> = { "[": "]", '{"a":': "}", '{"type":"panel","name":"p","elements":[': "]}" };

/** The request body a case describes (bytes), and whether it declares its length. */
export function buildBody(c: SurveyJsonCase): { bytes: Uint8Array; declared: boolean } {
  const b = c.body;
  const wrap = (json: string) => (c.method === "POST" ? `{"title":"测试问卷","audiences":["parent"],"json":${json}}` : `{"json":${json}}`);
  if (b.kind === "bytes") return { bytes: b.bytes, declared: true };
  if (b.kind === "json") return { bytes: Buffer.from(b.wrapped ? wrap(JSON.stringify(b.value) ?? "null") : (JSON.stringify(b.value) ?? "")), declared: true };
  if (b.kind === "deep") {
    const inner = b.open.repeat(b.depth) + (b.open === "[" || b.open === '{"a":' ? "1" : '{"type":"text","name":"q"}') + CLOSE[b.open]!.repeat(b.depth);
    return { bytes: Buffer.from(wrap(b.open === "[" || b.open === '{"a":' ? `{"title":${inner},"elements":[{"type":"text","name":"q"}]}` : `{"elements":[${inner}]}`)), declared: true };
  }
  if (b.kind === "oversize") {
    const pad = "长".repeat(Math.ceil((MAX_BODY + b.extra) / 3));
    return { bytes: Buffer.from(wrap(JSON.stringify({ description: pad, elements: [{ type: "text", name: "q" }] }))), declared: b.declared };
  }
  // A copy: the case itself must stay as generated, for shrinking and for printing a counterexample.
  const json = structuredClone(b.json);
  for (const m of b.mutations) mutate(json, m);
  const body: Json = c.method === "POST" ? { title: "测试问卷", audiences: ["parent"], json } : { json };
  for (const e of b.envelope) {
    if (e.kind === "drop") delete body[e.key];
    else if (e.kind === "key") define(body, e.key, e.value);
    else body[e.kind] = e.value;
  }
  return { bytes: damageBytes(Buffer.from(JSON.stringify(body)), b.damage), declared: true };
}

// ---- The properties.

export interface Targets {
  authorization: string;
  /** A survey with a draft only, and a published one. */
  surveys: [string, string];
}

/** Schools, a district administrator of 广陵区, and two surveys of theirs: one a draft, one published. */
export async function arrangeSurveyTargets(): Promise<Targets> {
  await createSchools();
  const caller = await createCaller("district_admin", "广陵区");
  const db = await getDb();
  const ownerId = (await db.orgUnit.findFirstOrThrow({ where: { name: "广陵区" } })).id;
  const make = () => createSurvey({ title: "被修改的问卷", audiences: ["parent"], json: structuredClone(EVERY_TYPE_SURVEY), ownerId });
  const draft = await make();
  const published = await make();
  await publishSurvey(published.id);
  return { authorization: caller.bearer.authorization, surveys: [draft.id, published.id] };
}

/** Calls a route handler as Next.js does; the status and the JSON body. */
export async function callSurveyRoute(method: "GET" | "POST" | "PUT", id: string, authorization: string, bytes?: Uint8Array, declared = true) {
  const handler = { GET, POST, PUT }[method] as (r: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;
  const headers: Record<string, string> = { authorization, "content-type": "application/json" };
  if (bytes && declared) headers["content-length"] = String(bytes.length);
  const request = new Request(`http://localhost/api/surveys${id ? `/${id}` : ""}`, { method, headers, ...(bytes ? { body: Buffer.from(bytes) } : {}) });
  const response = await handler(request, { params: Promise.resolve({ id }) });
  return { status: response.status, body: (await response.json()) as Json };
}

/** Every stored row a refused body must leave alone: the counts, and each target's versions whole. */
async function snapshot(surveys: string[]): Promise<string> {
  const db = await getDb();
  const [count, versionCount, audit, versions] = await Promise.all([
    db.survey.count(),
    db.surveyVersion.count(),
    db.auditEvent.count(),
    db.surveyVersion.findMany({ where: { surveyId: { in: surveys } }, orderBy: [{ surveyId: "asc" }, { number: "asc" }], select: { id: true, surveyId: true, number: true, json: true, publishedAt: true } }),
  ]);
  return JSON.stringify({ count, versionCount, audit, versions });
}

const INTERNAL = /Cannot read|Cannot convert|is not a function|is not iterable|is not defined|Maximum call stack|undefined|\[object Object\]/;
const SCRIPT = /<script/i;
const HANDLER = /<[^>]*[\s/"']on[a-z]+\s*=/i;
const JS_URL = /(?:href|src|action)\s*=\s*["']?\s*javascript:/i;

/** Problems with an accepted definition as stored: script, event handlers or javascript: URLs where SurveyJS renders HTML, markup in text. */
function unsanitised(v: unknown, path = "json"): string[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => unsanitised(x, `${path}[${i}]`));
  if (!isObject(v)) return [];
  return Object.entries(v).flatMap(([k, x]) => {
    if (!HTML_PROPS.has(k) && !TEXT_PROPS.has(k)) return unsanitised(x, `${path}.${k}`);
    const strings = typeof x === "string" ? [x] : isObject(x) ? Object.values(x).filter((s) => typeof s === "string") : [];
    return strings.filter((s) => SCRIPT.test(s) || HANDLER.test(s) || JS_URL.test(s)).map((s) => `${path}.${k}: ${s.slice(0, 120)}`);
  });
}

async function storedVersions(surveyId: string) {
  return (await getDb()).surveyVersion.findMany({ where: { surveyId }, orderBy: { number: "asc" }, select: { id: true, number: true, json: true, publishedAt: true } });
}

/** An accepted definition: sanitised, read back as stored, and saved again without change. */
async function checkAccepted(t: Targets, surveyId: string, number: number): Promise<void> {
  const versions = await storedVersions(surveyId);
  const stored = versions.find((v) => v.number === number);
  if (!stored) throw new Error(`accepted as version ${number}, which is not stored`);
  const problems = unsanitised(stored.json);
  if (problems.length > 0) throw new Error(`stored unsanitised: ${problems.slice(0, 3).join(" | ")}`);
  const read = await callSurveyRoute("GET", surveyId, t.authorization);
  if (read.status !== 200 || JSON.stringify(read.body.json) !== JSON.stringify(stored.json)) throw new Error(`re-reading answered ${read.status} or another definition`);
  const again = await callSurveyRoute("PUT", surveyId, t.authorization, Buffer.from(JSON.stringify({ json: read.body.json })));
  if (again.status !== 200) throw new Error(`saving the stored definition again answered ${again.status}: ${JSON.stringify(again.body).slice(0, 300)}`);
  const after = await storedVersions(surveyId);
  if (JSON.stringify(after) !== JSON.stringify(versions)) {
    const changed = after.find((v) => v.number === number);
    throw new Error(`saving the stored definition again changed it: ${JSON.stringify(stored.json).slice(0, 300)} → ${JSON.stringify(changed?.json).slice(0, 300)}`);
  }
}

/** Runs the property for `numRuns` cases on the current (empty) database. */
export async function fuzzSurveyImport(options: { numRuns: number; seed?: number }): Promise<FuzzFigures> {
  let t = await arrangeSurveyTargets();
  const outcomes: Record<string, number> = {};
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(surveyJsonCase, async (c) => {
      const db = await getDb();
      // Keep the stored surveys few, so snapshots stay cheap over 100,000 cases.
      if ((await db.survey.count()) > 200 || (await db.surveyVersion.count({ where: { surveyId: t.surveys[1] } })) > 20) {
        await resetDatabase();
        t = await arrangeSurveyTargets();
      }
      const id = c.method === "PUT" ? t.surveys[c.target]! : "";
      if (c.method === "PUT" && c.publish && c.target === 1) await publishSurvey(id);
      const { bytes, declared } = buildBody(c);
      const before = await snapshot(t.surveys);
      const versionsBefore = id ? await storedVersions(id) : [];
      const answer = await callSurveyRoute(c.method, id, t.authorization, bytes, declared);
      outcomes[answer.status] = (outcomes[answer.status] ?? 0) + 1;
      if (!STATUSES[c.method].has(answer.status)) throw new Error(`${c.method}: undocumented status ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
      if (answer.status >= 400) {
        const error = answer.body.error as { code?: unknown; message?: unknown; issues?: unknown } | undefined;
        if (typeof error?.code !== "string" || typeof error.message !== "string") throw new Error(`${answer.status} without a problem body`);
        // A refusal names what is wrong; an internal error caught and passed on as a 422 names nothing.
        if (answer.status === 422 && (!Array.isArray(error.issues) || INTERNAL.test(error.message))) throw new Error(`422 that names no field: ${error.message.slice(0, 300)}`);
        const after = await snapshot(t.surveys);
        if (after !== before) throw new Error(`${c.method} refused with ${answer.status} but stored data changed`);
        return;
      }
      if (c.method === "POST") return checkAccepted(t, String(answer.body.id), 1);
      // PUT: the newest version is overwritten if it is a draft, else a new one follows it; the others stay as they were.
      const number = Number(answer.body.version);
      const latest = versionsBefore.at(-1)!;
      const expected = latest.publishedAt ? latest.number + 1 : latest.number;
      if (number !== expected) throw new Error(`saved as version ${number}, expected ${expected}`);
      const kept = (await storedVersions(id)).filter((v) => v.number !== number);
      if (JSON.stringify(kept) !== JSON.stringify(versionsBefore.filter((v) => v.number !== number))) throw new Error("saving a draft changed another version");
      await checkAccepted(t, id, number);
    }),
    { numRuns: options.numRuns, seed: options.seed },
  );
  return { target: "survey JSON import (POST /api/surveys, PUT /api/surveys/{id})", cases: options.numRuns, seconds: Number(((performance.now() - started) / 1000).toFixed(1)), outcomes };
}
