import { z } from "zod";
import { emailSchema } from "../auth/sign-in";
import { hashPassword, passwordSchema } from "../auth/hash-password";
import { roleSchema } from "../auth/roles";
import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";
import { resolveRoleOrg } from "./resolve-role-org";

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(100).default(""),
  role: roleSchema,
  org: z.string().trim().min(1).optional(),
  password: passwordSchema,
});

/** Creates a user with a password, from a trusted place (the command line, the demo seed). */
export async function createUser(input: z.input<typeof createUserSchema>) {
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ field: i.path.join(".") || "body", message: i.message }));
    throw new AppError("VALIDATION", issues.map((i) => `${i.field}: ${i.message}`).join("; "), issues);
  }
  const { email, name, role, org: orgCode, password } = parsed.data;
  const org = await resolveRoleOrg(role, orgCode);
  const db = await getDb();
  if (await db.user.findUnique({ where: { email } })) {
    throw new AppError("CONFLICT", `邮箱 ${email} 已有账号 (a user with this e-mail exists)`, [{ field: "email", message: "already exists" }]);
  }
  return db.user.create({
    data: { email, name, role, orgId: org.id, passwordHash: await hashPassword(password), passwordChangedAt: new Date() },
    select: { id: true, email: true, role: true, orgId: true },
  });
}
