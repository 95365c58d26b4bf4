/**
 * The simple conditions a teacher builds in a form ("question → operator → value"), joined by
 * "and" or "or", written as SurveyJS expressions, and read back from them. Anything the form
 * cannot express parses to null and stays an expert's expression.
 */
export const OPERATORS = ["equal", "notequal", "contains", "notcontains", "greater", "less", "greaterorequal", "lessorequal", "notempty", "empty"] as const;
export type Operator = (typeof OPERATORS)[number];

export interface Clause {
  question: string;
  operator: Operator;
  /** A string, number or boolean; unused for empty / notempty. */
  value?: string | number | boolean | undefined;
}

export interface SimpleCondition {
  join: "and" | "or";
  clauses: Clause[];
}

const SYMBOLS: Partial<Record<Operator, string>> = { equal: "=", notequal: "<>", greater: ">", less: "<", greaterorequal: ">=", lessorequal: "<=" };
const FROM_SYMBOL: Record<string, Operator> = { "=": "equal", "==": "equal", "<>": "notequal", "!=": "notequal", ">": "greater", "<": "less", ">=": "greaterorequal", "<=": "lessorequal" };

/** Operators that need no value. */
export function isUnary(op: Operator): boolean {
  return op === "empty" || op === "notempty";
}

function literal(value: Clause["value"]): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `'${String(value ?? "").replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

export function writeClause(c: Clause): string {
  const ref = `{${c.question}}`;
  if (isUnary(c.operator)) return `${ref} ${c.operator}`;
  return `${ref} ${SYMBOLS[c.operator] ?? c.operator} ${literal(c.value)}`;
}

export function writeCondition(cond: SimpleCondition): string {
  return cond.clauses.map(writeClause).join(` ${cond.join} `);
}

// One clause: {name} then an operator, then a quoted string, a number or true/false, if any.
const CLAUSE = /\{([^{}]+)\}\s*(?:(empty|notempty)\b|(=|==|<>|!=|>=|<=|>|<|notcontains|contains)\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false))/iy;
const JOIN = /\s+(and|or)\s+/iy;

function readValue(token: string): string | number | boolean {
  if (/^-?\d/.test(token)) return Number(token);
  if (/^(true|false)$/i.test(token)) return token.toLowerCase() === "true";
  return token.slice(1, -1).replace(/\\(.)/g, "$1");
}

/** The form's reading of an expression, or null when the form cannot show it. */
export function parseCondition(expression: string): SimpleCondition | null {
  const text = expression.trim();
  if (text === "") return { join: "and", clauses: [] };
  const clauses: Clause[] = [];
  let join: "and" | "or" | undefined;
  let at = 0;
  for (;;) {
    CLAUSE.lastIndex = at;
    const m = CLAUSE.exec(text);
    if (!m) return null;
    const op = (m[2] ?? m[3] ?? "").toLowerCase();
    const operator = FROM_SYMBOL[op] ?? (op as Operator);
    clauses.push(m[2] ? { question: m[1]!, operator } : { question: m[1]!, operator, value: readValue(m[4]!) });
    at = CLAUSE.lastIndex;
    if (at === text.length) return { join: join ?? "and", clauses };
    JOIN.lastIndex = at;
    const j = JOIN.exec(text);
    if (!j) return null;
    const word = j[1]!.toLowerCase() as "and" | "or";
    // Mixing "and" with "or" needs precedence the form does not show.
    if (join && join !== word) return null;
    join = word;
    at = JOIN.lastIndex;
  }
}
