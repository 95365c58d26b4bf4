import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

/** Length is what makes a password strong; a passphrase of Chinese characters is fine. */
export const passwordSchema = z
  .string({ error: "请输入密码 (password is required)" })
  .min(10, { error: "密码至少 10 个字符 (password must be at least 10 characters)" })
  .max(200, { error: "密码最多 200 个字符 (password must be at most 200 characters)" });

/** argon2id with the library's defaults (OWASP's minimum: m=19 MiB, t=2, p=1). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Hash anyway when there is no account, so timing does not reveal which e-mails exist.
  if (!passwordHash) {
    await hash(password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
