import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors/app-error";

/** A page's data, or Next's 404 page when the domain says "not found" (missing or out of scope). */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}
