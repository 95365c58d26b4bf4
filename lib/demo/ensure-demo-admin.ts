import { verifyPassword } from "../auth/hash-password";
import { getDb } from "../db/client";
import { createUser } from "../users/create-user";

export const DEMO_ADMIN_EMAIL = "admin@wence.demo";
/** Public on purpose: it is printed at start and in the README; change it on any real installation. */
export const DEMO_ADMIN_PASSWORD = "wence-demo-2026";

/**
 * A demo installation gets a city administrator so someone can sign in at once. Returns the
 * credentials while the demo password is still in use, so start can print them.
 */
export async function ensureDemoAdmin(): Promise<{ email: string; password: string } | null> {
  const db = await getDb();
  if ((await db.user.count()) === 0 && (await db.orgUnit.count({ where: { kind: "city" } })) > 0) {
    await createUser({ email: DEMO_ADMIN_EMAIL, name: "演示管理员", role: "city_admin", password: DEMO_ADMIN_PASSWORD });
  }
  const admin = await db.user.findUnique({ where: { email: DEMO_ADMIN_EMAIL } });
  if (!admin?.active || !(await verifyPassword(admin.passwordHash, DEMO_ADMIN_PASSWORD))) return null;
  return { email: DEMO_ADMIN_EMAIL, password: DEMO_ADMIN_PASSWORD };
}
