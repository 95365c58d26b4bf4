import type { FieldIssue } from "../errors/app-error";
import { UNSTORABLE } from "../responses/validation/answer-values";

/**
 * Deeper than any survey needs: a question inside 15 nested panels, its choices' localised texts
 * included. Past that, serialising the definition for the database overflowed the stack (a 500).
 */
export const MAX_DEFINITION_DEPTH = 40;

interface Frame {
  value: unknown;
  depth: number;
  path: string;
  /** The nearest enclosing element with a name: what an author looks for. */
  element: string | undefined;
}

/**
 * Finds what a definition cannot be stored as on both databases, before anything recurses into
 * it: nesting deeper than MAX_DEFINITION_DEPTH, NUL or unpaired UTF-16 surrogates in a string or
 * key (PostgreSQL's jsonb stores neither), and `__proto__` keys. Walks with a stack, so a body
 * nested 100,000 levels deep is measured, not overflowed. The issue names the element and path.
 */
export function screenDefinition(json: unknown): FieldIssue | null {
  const stack: Frame[] = [{ value: json, depth: 0, path: "json", element: undefined }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { value, depth, path } = frame;
    const where = frame.element ? `element "${frame.element}", ${path}` : path;
    if (typeof value === "string") {
      if (UNSTORABLE.test(value)) return { field: frame.element ?? path, message: `${where}: a NUL character or an unpaired surrogate cannot be stored` };
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (depth >= MAX_DEFINITION_DEPTH) return { field: frame.element ?? path, message: `${where}: nested deeper than ${MAX_DEFINITION_DEPTH} levels` };
    const named = !Array.isArray(value) && typeof (value as { name?: unknown }).name === "string" ? (value as { name: string }).name : frame.element;
    for (const [key, child] of Object.entries(value)) {
      const childPath = Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
      if (UNSTORABLE.test(key)) return { field: named ?? path, message: `${where}: a key holds a NUL character or an unpaired surrogate` };
      // JSON.parse makes it an own key; Prisma's PostgreSQL serialisation then threw a TypeError (a 500).
      if (key === "__proto__") return { field: named ?? path, message: `${where}: a "__proto__" key is not allowed` };
      stack.push({ value: child, depth: depth + 1, path: childPath, element: named });
    }
  }
  return null;
}
