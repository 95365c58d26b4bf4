import { z } from "zod";
import type { Caller } from "../auth/caller";
import { notFound } from "../auth/org-scope";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { isUniqueViolation } from "../db/is-unique-violation";
import { AppError } from "../errors/app-error";
import { bumpThemeRevision, loadThemes } from "./theme-taxonomy";

const keywords = z.array(z.string().trim().min(1).max(40)).max(200);
export const createThemeBody = z.object({ code: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, "lower-case letters, digits and _"), name: z.string().trim().min(1).max(40), keywords }).strict();
export const updateThemeBody = z.object({ name: z.string().trim().min(1).max(40).optional(), keywords: keywords.optional(), active: z.boolean().optional(), position: z.number().int().min(0).max(1000).optional() }).strict();

/**
 * Adds a theme to the city-wide taxonomy. Every answer not corrected by hand is themed again with
 * the new taxonomy on the next read (the revision moves on).
 */
export async function createTheme(db: Db, caller: Caller, body: z.infer<typeof createThemeBody>) {
  const position = (await loadThemes(db)).length;
  try {
    const theme = await db.$transaction(async (tx) => {
      const t = await tx.theme.create({ data: { code: body.code, name: body.name, keywords: body.keywords, position } });
      await bumpThemeRevision(tx);
      return t;
    });
    await recordAuditEvent(caller, { action: "theme.create", resourceType: "theme", resourceId: theme.id });
    return theme;
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "主题代码已存在 (theme code taken)", [{ field: "code", message: "already used" }]);
    throw e;
  }
}

/** Renames a theme, edits its keywords, hides or reorders it; answers are themed again. */
export async function updateTheme(db: Db, caller: Caller, id: string, body: z.infer<typeof updateThemeBody>) {
  if (!(await db.theme.findUnique({ where: { id } }))) throw notFound("该主题");
  const theme = await db.$transaction(async (tx) => {
    const t = await tx.theme.update({ where: { id }, data: body });
    if (body.keywords !== undefined || body.active !== undefined) await bumpThemeRevision(tx);
    return t;
  });
  await recordAuditEvent(caller, { action: "theme.update", resourceType: "theme", resourceId: id, detail: { fields: Object.keys(body) } });
  return theme;
}
