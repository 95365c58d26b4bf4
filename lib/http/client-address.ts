import { env } from "../env";
import { clientAddress } from "./rate-limit";

/** The client address of a route handler's request (Next.js records the socket peer in X-Forwarded-For). */
export function requestAddress(request: Request): string {
  return clientAddress(request.headers.get("x-forwarded-for"), undefined, env().WENCE_TRUST_PROXY);
}
