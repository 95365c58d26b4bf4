import { json } from "@/lib/http/api-handler";
import { loadOpenApi } from "@/lib/http/load-openapi";

export function GET(): Response {
  return json(200, loadOpenApi());
}
