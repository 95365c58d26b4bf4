import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "../env";
import { AppError } from "../errors/app-error";

const digest = (s: string) => createHash("sha256").update(s).digest();

/**
 * Interim guard for administrative API routes until accounts and personal tokens exist
 * (docs/decisions/006): the caller must present WENCE_ADMIN_TOKEN as a bearer token. With no
 * token configured the administrative API is closed.
 */
export function requireAdminToken(request: Request): void {
  const expected = env().WENCE_ADMIN_TOKEN;
  const header = request.headers.get("authorization") ?? "";
  const presented = header.startsWith("Bearer ") ? header.slice(7).trim() : "";
  if (!expected || !presented || !timingSafeEqual(digest(presented), digest(expected))) {
    throw new AppError("UNAUTHENTICATED", "需要有效的访问令牌 (a valid bearer token is required)", [
      { field: "authorization", message: "missing or invalid bearer token" },
    ]);
  }
}
