import { z } from "zod";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { parseFilters, refuseDateRange } from "@/lib/analytics/analytics-filters";
import { csvStream, xlsxStream } from "@/lib/analytics/encode-export";
import { exportAggregates } from "@/lib/analytics/export-aggregates";
import { exportResponses } from "@/lib/analytics/export-responses";
import { resolveCallerScope } from "@/lib/analytics/resolve-caller-scope";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { apiHandler } from "@/lib/http/api-handler";
import { readQuery } from "@/lib/http/read-json";

type Context = { params: Promise<{ id: string }> };

const blank = (v: unknown) => (v === "" ? undefined : v);
const querySchema = z.object({
  format: z.preprocess(blank, z.enum(["csv", "xlsx"]).default("csv")),
  kind: z.preprocess(blank, z.enum(["responses", "aggregates"]).default("responses")),
});
const TYPES = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };

const file = (name: string, ext: string) => ({
  "content-type": TYPES[ext as keyof typeof TYPES],
  "content-disposition": `attachment; filename="export.${ext}"; filename*=UTF-8''${encodeURIComponent(`${name}.${ext}`)}`,
  "cache-control": "no-store",
});

export const GET = apiHandler("/api/surveys/{id}/export", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const { format, kind } = readQuery(request, querySchema);
  const filters = parseFilters(Object.fromEntries(new URL(request.url).searchParams));
  if (kind === "aggregates" && format !== "xlsx") throw new AppError("BAD_REQUEST", "汇总只能导出为 Excel (aggregates are xlsx only)", [{ field: "format", message: "xlsx for aggregates" }]);
  if (kind === "responses") refuseDateRange(filters, "答卷导出");
  const surveyId = (await params).id;
  const scopeOrgId = await resolveCallerScope(caller, surveyId);
  if (kind === "aggregates") {
    const agg = await exportAggregates(await getDb(), { surveyId, scopeOrgId, ...filters });
    return new Response(agg.body, { headers: file(agg.name, "xlsx") });
  }
  const exp = await exportResponses(await getDb(), { surveyId, scopeOrgId, ...filters });
  return new Response(format === "csv" ? csvStream(exp) : xlsxStream(exp), { headers: file(exp.name, format) });
});
