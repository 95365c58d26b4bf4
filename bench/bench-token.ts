import { createApiTokenForEmail } from "../lib/auth/create-api-token";
import { getDb } from "../lib/db/client";
import { createUser } from "../lib/users/create-user";

/** A city administrator's API token, made in the benchmark's database before its server starts. */
export async function benchToken(): Promise<string> {
  const email = "bench-admin@wence.local";
  const db = await getDb();
  if (!(await db.user.findUnique({ where: { email } }))) await createUser({ email, password: "bench-password-0123", role: "city_admin" });
  return (await createApiTokenForEmail(email, "bench")).token;
}
