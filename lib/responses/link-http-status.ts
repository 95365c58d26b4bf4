import { isAppError } from "../errors/app-error";
import { resolveLink } from "../surveys/resolve-link";

/** The HTTP status the public page for a link code answers with: 200, 404 unknown, 410 closed or not open. */
export async function linkHttpStatus(code: string, now = new Date()): Promise<200 | 404 | 410> {
  try {
    const target = await resolveLink(code, now);
    return target.state === "open" ? 200 : 410;
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") return 404;
    throw e;
  }
}
