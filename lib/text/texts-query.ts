import { z } from "zod";
import { audiences } from "../surveys/audiences";

const blankIsAbsent = (v: unknown) => (v === "" || v === null ? undefined : v);
const optional = <T extends z.ZodType>(s: T) => z.preprocess(blankIsAbsent, s.optional());

/** The query of GET /api/surveys/{id}/texts and …/text-summary. */
export const textsQuery = z.object({
  question: optional(z.string().min(1).max(200)),
  org: optional(z.string().trim().min(1).max(100)),
  audience: optional(z.enum(audiences)),
  theme: optional(z.string().min(1).max(64)),
  q: optional(z.string().trim().min(1).max(100)),
  page: optional(z.coerce.number().int().min(1).max(100_000)),
  pageSize: optional(z.coerce.number().int().min(1).max(200)),
});
