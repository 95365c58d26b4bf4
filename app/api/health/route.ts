import { checkHealth } from "@/lib/db/check-health";
import { json } from "@/lib/http/api-handler";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const health = await checkHealth();
  return json(health.ok ? 200 : 503, health);
}
