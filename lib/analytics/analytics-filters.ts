import { z } from "zod";
import { AppError } from "../errors/app-error";
import { schoolStages } from "../orgs/stages";
import { audiences } from "../surveys/audiences";
import { isCalendarDay } from "../time/china-time";

const day = z.string().refine(isCalendarDay, { message: "a calendar day YYYY-MM-DD" });
const blankIsAbsent = (v: unknown) => (v === "" || v === null ? undefined : v);

/** The filters every analytics view accepts; `org` is a school code or a district name. */
export const filtersSchema = z
  .object({
    org: z.preprocess(blankIsAbsent, z.string().trim().min(1).max(100).optional()),
    audience: z.preprocess(blankIsAbsent, z.enum(audiences).optional()),
    stage: z.preprocess(blankIsAbsent, z.enum(schoolStages).optional()),
    from: z.preprocess(blankIsAbsent, day.optional()),
    to: z.preprocess(blankIsAbsent, day.optional()),
  })
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, { message: "from must not be after to", path: ["from"] });

export type AnalyticsFilters = z.infer<typeof filtersSchema>;

/** Parses filters from any source (query string, server component); a bad one is a 400 naming it. */
export function parseFilters(input: Record<string, unknown>): AnalyticsFilters {
  const result = filtersSchema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ field: String(i.path[0] ?? "query"), message: i.message }));
  throw new AppError("BAD_REQUEST", `参数 ${issues.map((i) => i.field).join(", ")} 无效 (invalid parameter)`, issues);
}

/** The narrowest filter given, named when a filter would isolate a small group. */
export function narrowestFilter(f: AnalyticsFilters): string | undefined {
  if (f.from !== undefined) return "from";
  if (f.to !== undefined) return "to";
  if (f.audience !== undefined) return "audience";
  if (f.stage !== undefined) return "stage";
  if (f.org !== undefined) return "org";
  return undefined;
}
