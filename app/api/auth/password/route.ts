import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { changePassword, changePasswordSchema } from "@/lib/auth/change-password";
import { apiHandler } from "@/lib/http/api-handler";
import { readJson } from "@/lib/http/read-json";

export const POST = apiHandler("/api/auth/password", async (request: Request) => {
  const caller = await authenticateRequest(request);
  await changePassword(caller, await readJson(request, changePasswordSchema, 4096));
  return new Response(null, { status: 204 });
});
