import { z } from "zod";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { parseFilters } from "@/lib/analytics/analytics-filters";
import { csvStream, xlsxStream } from "@/lib/analytics/encode-export";
import { exportResponses } from "@/lib/analytics/export-responses";
import { resolveCallerScope } from "@/lib/analytics/resolve-caller-scope";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { apiHandler } from "@/lib/http/api-handler";

type Context = { params: Promise<{ id: string }> };

const formatSchema = z.enum(["csv", "xlsx"]).default("csv");
const TYPES = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };

export const GET = apiHandler("/api/surveys/{id}/export", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const format = formatSchema.safeParse(query.format || undefined);
  if (!format.success) throw new AppError("BAD_REQUEST", "参数 format 无效 (format must be csv or xlsx)", [{ field: "format", message: "csv or xlsx" }]);
  const { from, to, ...filters } = parseFilters(query);
  if (from !== undefined || to !== undefined) throw new AppError("BAD_REQUEST", "导出不支持日期范围 (exports take no date range)", [{ field: from !== undefined ? "from" : "to", message: "not supported" }]);
  const surveyId = (await params).id;
  const scopeOrgId = await resolveCallerScope(caller, surveyId);
  const exp = await exportResponses(await getDb(), { surveyId, scopeOrgId, ...filters });
  const file = `${exp.name}.${format.data}`;
  return new Response(format.data === "csv" ? csvStream(exp) : xlsxStream(exp), {
    headers: {
      "content-type": TYPES[format.data],
      "content-disposition": `attachment; filename="export.${format.data}"; filename*=UTF-8''${encodeURIComponent(file)}`,
      "cache-control": "no-store",
    },
  });
});
