import { beforeEach, describe, expect, it } from "vitest";
import { POST as acceptRoute } from "@/app/api/auth/accept-invitation/route";
import { GET as auditRoute } from "@/app/api/audit/route";
import { GET as me } from "@/app/api/me/route";
import { GET as listRoute, POST as inviteRoute } from "@/app/api/users/route";
import { getDb } from "@/lib/db/client";
import { createCaller, createSchools } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";

const req = (path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) =>
  new Request(`http://localhost${path}`, {
    method: init.method ?? "GET",
    headers: { "content-type": "application/json", ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });

async function invite(headers: Record<string, string>, body: unknown) {
  const response = await inviteRoute(req("/api/users", { method: "POST", headers, body }), undefined);
  return { status: response.status, body: (await response.json()) as { id: string; inviteUrl: string; error?: { issues: { field: string }[] } } };
}
const accept = (token: string, password: string) =>
  acceptRoute(req("/api/auth/accept-invitation", { method: "POST", headers: { origin: "http://localhost", host: "localhost" }, body: { token, password } }), undefined);

describe("users and invitations", () => {
  beforeEach(async () => {
    await resetDatabase();
    await createSchools();
  });

  it("an invited user sets a password once through the link, is signed in, and the link cannot be reused", async () => {
    const admin = await createCaller("district_admin", "广陵区");
    const invited = await invite(admin.browser, { email: "new.teacher@test.wence", role: "school_admin", org: "3132100002" });
    expect(invited.status).toBe(201);
    const token = new URL(invited.body.inviteUrl).pathname.split("/").pop()!;
    const first = await accept(token, "my own long password");
    expect(first.status).toBe(200);
    const cookie = first.headers.get("set-cookie")!.split(";")[0]!;
    expect(await (await me(req("/api/me", { headers: { cookie } }), undefined)).json()).toMatchObject({ email: "new.teacher@test.wence", role: "school_admin" });
    expect((await accept(token, "another long password")).status).toBe(410);
  });

  it("refuses an expired invitation", async () => {
    const admin = await createCaller("city_admin");
    const invited = await invite(admin.browser, { email: "late@test.wence", role: "analyst", org: "邗江区" });
    const db = await getDb();
    await db.invitation.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await accept(new URL(invited.body.inviteUrl).pathname.split("/").pop()!, "my own long password")).status).toBe(410);
  });

  it("names the field when the role does not fit the unit or the e-mail is taken", async () => {
    const admin = await createCaller("city_admin");
    const misfit = await invite(admin.browser, { email: "x@test.wence", role: "school_admin", org: "广陵区" });
    expect(misfit.status).toBe(422);
    expect(misfit.body.error!.issues[0]!.field).toBe("org");
    const taken = await invite(admin.browser, { email: admin.email, role: "analyst", org: "广陵区" });
    expect(taken.status).toBe(409);
    expect(taken.body.error!.issues[0]!.field).toBe("email");
    const badEmail = await invite(admin.browser, { email: "not an email", role: "analyst", org: "广陵区" });
    expect(badEmail.status).toBe(422);
    expect(badEmail.body.error!.issues[0]!.field).toBe("email");
  });

  it("lists only the users in the caller's unit that the caller could manage", async () => {
    const district = await createCaller("district_admin", "广陵区");
    const school = await createCaller("school_admin", "3132100001");
    const colleague = await createCaller("analyst", "3132100001");
    const neighbour = await createCaller("school_admin", "3132100002");
    const elsewhere = await createCaller("school_admin", "3132200001");
    const city = await createCaller("city_admin");
    const emails = async (c: { bearer: Record<string, string> }) =>
      ((await (await listRoute(req("/api/users", { headers: c.bearer }), undefined)).json()) as { users: { email: string }[] }).users.map((u) => u.email).sort();
    expect(await emails(school)).toEqual([colleague.email, school.email].sort());
    expect(await emails(district)).toEqual([district.email, school.email, colleague.email, neighbour.email].sort());
    expect(await emails(city)).toContain(elsewhere.email);
  });

  it("records administrative actions in the audit log, readable by city administrators", async () => {
    const city = await createCaller("city_admin");
    const invited = await invite(city.browser, { email: "audited@test.wence", role: "analyst", org: "广陵区" });
    const response = await auditRoute(req("/api/audit", { headers: city.bearer }), undefined);
    const { events } = (await response.json()) as { events: { action: string; actorEmail: string; resourceId: string; at: string }[] };
    expect(events[0]).toMatchObject({ action: "user.invite", actorEmail: city.email, resourceId: invited.body.id });
    expect(Date.now() - Date.parse(events[0]!.at)).toBeLessThan(60_000);
  });
});
