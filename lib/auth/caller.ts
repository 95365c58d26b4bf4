import type { OrgKind, Role } from "./roles";

/** Who is making a request, resolved from a session cookie or an API token. */
export interface Caller {
  userId: string;
  email: string;
  name: string;
  role: Role;
  orgId: string;
  orgKind: OrgKind;
  orgName: string;
  via: "session" | "token";
  /** Set for cookie sessions: state-changing requests must carry its CSRF token. */
  sessionId?: string;
}
