import type { Db } from "../db/client";
import type { DbOrTx } from "../db/transaction";
import { DEFAULT_THEMES } from "./default-themes";

const REVISION_KEY = "themes.revision";

/** The active themes, creating the default taxonomy on first use. */
export async function loadThemes(db: Db): Promise<{ id: string; code: string; name: string; keywords: string[]; position: number; active: boolean }[]> {
  if ((await db.theme.count()) === 0) {
    for (const [i, t] of DEFAULT_THEMES.entries()) {
      await db.theme.upsert({ where: { code: t.code }, create: { code: t.code, name: t.name, keywords: t.keywords, position: i }, update: {} });
    }
  }
  const rows = await db.theme.findMany({ orderBy: [{ position: "asc" }, { code: "asc" }] });
  return rows.map((t) => ({ ...t, keywords: Array.isArray(t.keywords) ? t.keywords.map(String) : [] }));
}

/** A theme by its code (the default taxonomy is created first if need be), or null. */
export async function findThemeByCode(db: Db, code: string) {
  return (await loadThemes(db)).find((t) => t.code === code) ?? null;
}

/** The taxonomy's revision: answers themed with an older one are themed again. Starts at 1. */
export async function themeRevision(db: DbOrTx): Promise<number> {
  const row = await db.setting.findUnique({ where: { key: REVISION_KEY } });
  return row ? Number(row.value) : 1;
}

/** Marks every automatically themed answer as due for re-theming (after a theme changed). */
export async function bumpThemeRevision(db: DbOrTx): Promise<number> {
  const next = (await themeRevision(db)) + 1;
  await db.setting.upsert({ where: { key: REVISION_KEY }, create: { key: REVISION_KEY, value: String(next) }, update: { value: String(next) } });
  return next;
}
