import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { getDb } from "@/lib/db/client";
import { exportFindings } from "@/lib/findings/export-findings";
import { apiHandler } from "@/lib/http/api-handler";

export const GET = apiHandler("/api/findings/export", async (request: Request) => {
  const caller = await authenticateRequest(request);
  const file = await exportFindings(await getDb(), caller);
  return new Response(new Uint8Array(file), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="findings.xlsx"; filename*=UTF-8''${encodeURIComponent("意见转化督办.xlsx")}`,
      "cache-control": "no-store",
    },
  });
});
