import type { z } from "zod";
import { AppError } from "../errors/app-error";
import { readBody } from "./api-handler";

/** Turns zod issues into field-named errors: the client learns exactly which field is wrong. */
export function validationError(error: z.ZodError): AppError {
  const issues = error.issues.map((i) => ({ field: i.path.join(".") || "body", message: i.message }));
  return new AppError("VALIDATION", issues.map((i) => `${i.field}: ${i.message}`).join("; "), issues);
}

/** A JSON request body checked against a schema: 400 when it is not a JSON object, 422 naming each bad field. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, maxBytes = 64 * 1024): Promise<z.infer<S>> {
  const text = new TextDecoder().decode(await readBody(request, maxBytes));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "请求体不是有效的 JSON (body is not valid JSON)", [{ field: "body", message: "malformed JSON" }]);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new AppError("BAD_REQUEST", "请求体必须是 JSON 对象 (body must be a JSON object)", [{ field: "body", message: "not an object" }]);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

/** Query-string parameters checked against a schema; 400 naming each bad parameter. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(params);
  if (!parsed.success) {
    const e = validationError(parsed.error);
    throw new AppError("BAD_REQUEST", e.message, e.issues);
  }
  return parsed.data;
}
