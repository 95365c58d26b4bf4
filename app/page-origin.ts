import { headers } from "next/headers";
import { publicOrigin } from "@/lib/http/public-origin";

/** The origin for links a page hands out, read from the request the way API routes read it. */
export async function pageOrigin(): Promise<string> {
  const h = await headers();
  return publicOrigin(new Request(`http://${h.get("host") ?? "localhost"}/`, { headers: h }));
}
