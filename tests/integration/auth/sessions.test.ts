import { beforeEach, describe, expect, it } from "vitest";
import { POST as changePasswordRoute } from "@/app/api/auth/password/route";
import { POST as signInRoute } from "@/app/api/auth/signin/route";
import { POST as signOutRoute } from "@/app/api/auth/signout/route";
import { GET as me } from "@/app/api/me/route";
import { DELETE as revokeToken } from "@/app/api/tokens/[id]/route";
import { POST as createToken } from "@/app/api/tokens/route";
import { PATCH as patchUser } from "@/app/api/users/[id]/route";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { SESSION_IDLE_MS, SESSION_MAX_MS } from "@/lib/auth/session-policy";
import { MAX_ACCOUNT_FAILURES, MAX_ADDRESS_FAILURES } from "@/lib/auth/sign-in-throttle";
import { getDb } from "@/lib/db/client";
import { createCaller, createSchools } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";

const ctx = (params: { id: string }) => ({ params: Promise.resolve(params) });
const req = (path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) =>
  new Request(`http://localhost${path}`, {
    method: init.method ?? "GET",
    headers: { "content-type": "application/json", ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });

async function signIn(email: string, password: string, address = "203.0.113.7") {
  return signInRoute(req("/api/auth/signin", { method: "POST", headers: { "x-forwarded-for": address, origin: "http://localhost", host: "localhost" }, body: { email, password } }), undefined);
}
const cookieOf = (response: Response) => (response.headers.get("set-cookie") ?? "").split(";")[0]!;

describe("sessions", () => {
  beforeEach(async () => {
    await resetDatabase();
    await createSchools();
  });

  it("signs in with e-mail and password, setting an HttpOnly SameSite cookie, and the cookie identifies the user", async () => {
    const c = await createCaller("school_admin", "3132100001", "Teacher@School.cn");
    const response = await signIn("  teacher@school.CN ", c.password);
    expect(response.status).toBe(200);
    const setCookie = response.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/^wence_session=[\w-]{43}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
    const who = await me(req("/api/me", { headers: { cookie: cookieOf(response) } }), undefined);
    expect(await who.json()).toMatchObject({ email: "teacher@school.cn", role: "school_admin", org: { kind: "school" } });
  });

  it("marks the cookie Secure when served over HTTPS", async () => {
    const c = await createCaller("analyst", "3132100001");
    const response = await signInRoute(
      new Request("https://wence.example/api/auth/signin", { method: "POST", headers: { origin: "https://wence.example", host: "wence.example" }, body: JSON.stringify({ email: c.email, password: c.password }) }),
      undefined,
    );
    expect(response.headers.get("set-cookie")).toContain("; Secure");
  });

  it("stores only a hash of the session secret", async () => {
    const c = await createCaller("analyst", "3132100001");
    const db = await getDb();
    const stored = await db.session.findMany({ where: { userId: c.user.id } });
    expect(stored.map((s) => s.id)).toEqual([hashSecretToken(c.sessionToken)]);
    expect(JSON.stringify(stored)).not.toContain(c.sessionToken);
  });

  it("refuses a wrong password and an unknown e-mail alike, with 401", async () => {
    const c = await createCaller("analyst", "3132100001");
    const wrong = await signIn(c.email, "not the password");
    const unknown = await signIn("nobody@test.wence", "not the password");
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect((await wrong.json()).error.message).toBe((await unknown.json()).error.message);
  });

  it("refuses a sign-in posted from another site", async () => {
    const c = await createCaller("analyst", "3132100001");
    const response = await signInRoute(req("/api/auth/signin", { method: "POST", headers: { origin: "https://evil.example", host: "localhost" }, body: { email: c.email, password: c.password } }), undefined);
    expect(response.status).toBe(403);
  });

  it("expires a session after the idle limit and after the absolute limit", async () => {
    const idle = await createCaller("analyst", "3132100001");
    const old = await createCaller("analyst", "3132100001");
    const db = await getDb();
    await db.session.updateMany({ where: { userId: idle.user.id }, data: { lastSeenAt: new Date(Date.now() - SESSION_IDLE_MS - 1000) } });
    await db.session.updateMany({ where: { userId: old.user.id }, data: { expiresAt: new Date(Date.now() - 1000), createdAt: new Date(Date.now() - SESSION_MAX_MS - 1000) } });
    for (const c of [idle, old]) {
      expect((await me(req("/api/me", { headers: { cookie: c.browser.cookie } }), undefined)).status).toBe(401);
    }
    expect(await db.session.count({ where: { userId: { in: [idle.user.id, old.user.id] } } })).toBe(0);
  });

  it("keeps an active session alive past the idle limit measured from sign-in", async () => {
    const c = await createCaller("analyst", "3132100001");
    const db = await getDb();
    await db.session.updateMany({ where: { userId: c.user.id }, data: { lastSeenAt: new Date(Date.now() - SESSION_IDLE_MS + 60_000) } });
    expect((await me(req("/api/me", { headers: { cookie: c.browser.cookie } }), undefined)).status).toBe(200);
    const session = await db.session.findFirstOrThrow({ where: { userId: c.user.id } });
    expect(Date.now() - session.lastSeenAt.getTime()).toBeLessThan(60_000);
  });

  it("signs out on the server: the old cookie no longer works and the response clears it", async () => {
    const c = await createCaller("analyst", "3132100001");
    const out = await signOutRoute(req("/api/auth/signout", { method: "POST", headers: c.browser }), undefined);
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toMatch(/^wence_session=; Path=\/; Max-Age=0/);
    expect((await me(req("/api/me", { headers: { cookie: c.browser.cookie } }), undefined)).status).toBe(401);
  });

  it("changing the password signs out the other sessions and the old password stops working", async () => {
    const c = await createCaller("analyst", "3132100001");
    const other = await signIn(c.email, c.password);
    const changed = await changePasswordRoute(req("/api/auth/password", { method: "POST", headers: c.browser, body: { currentPassword: c.password, newPassword: "a brand new passphrase" } }), undefined);
    expect(changed.status).toBe(204);
    expect((await me(req("/api/me", { headers: { cookie: cookieOf(other) } }), undefined)).status).toBe(401);
    expect((await me(req("/api/me", { headers: { cookie: c.browser.cookie } }), undefined)).status).toBe(200);
    expect((await signIn(c.email, c.password)).status).toBe(401);
    expect((await signIn(c.email, "a brand new passphrase")).status).toBe(200);
  });

  it("refuses a new password shorter than 10 characters, naming the field", async () => {
    const c = await createCaller("analyst", "3132100001");
    const response = await changePasswordRoute(req("/api/auth/password", { method: "POST", headers: c.browser, body: { currentPassword: c.password, newPassword: "short" } }), undefined);
    expect(response.status).toBe(422);
    expect((await response.json()).error.issues[0].field).toBe("newPassword");
  });

  it("deactivating a user ends their sessions and their tokens", async () => {
    const admin = await createCaller("school_admin", "3132100001");
    const c = await createCaller("analyst", "3132100001");
    const response = await patchUser(req(`/api/users/${c.user.id}`, { method: "PATCH", headers: admin.browser, body: { active: false } }), ctx({ id: c.user.id }));
    expect(response.status).toBe(200);
    expect((await me(req("/api/me", { headers: { cookie: c.browser.cookie } }), undefined)).status).toBe(401);
    expect((await me(req("/api/me", { headers: c.bearer }), undefined)).status).toBe(401);
    expect((await signIn(c.email, c.password)).status).toBe(401);
  });
});

describe("sign-in throttling", () => {
  beforeEach(async () => {
    await resetDatabase();
    await createSchools();
  });

  it(`locks an account after ${MAX_ACCOUNT_FAILURES} failures, even for the right password, and names when to retry`, async () => {
    const c = await createCaller("analyst", "3132100001");
    for (let i = 0; i < MAX_ACCOUNT_FAILURES; i++) {
      // Different addresses: the account limit must hold however the guesses are spread.
      expect((await signIn(c.email, `wrong ${i}`, `198.51.100.${i}`)).status).toBe(401);
    }
    const locked = await signIn(c.email, c.password, "198.51.100.200");
    expect(locked.status).toBe(429);
    expect((await locked.json()).error.message).toMatch(/分钟后再试/);
  });

  it(`blocks an address after ${MAX_ADDRESS_FAILURES} failures across accounts, but not other addresses`, async () => {
    const c = await createCaller("analyst", "3132100001");
    for (let i = 0; i < MAX_ADDRESS_FAILURES; i++) await signIn(`guess${i}@test.wence`, "wrong password", "192.0.2.1");
    expect((await signIn(c.email, c.password, "192.0.2.1")).status).toBe(429);
    expect((await signIn(c.email, c.password, "192.0.2.2")).status).toBe(200);
  });

  it("a successful sign-in clears the account's failures", async () => {
    const c = await createCaller("analyst", "3132100001");
    for (let i = 0; i < MAX_ACCOUNT_FAILURES - 1; i++) await signIn(c.email, "wrong password");
    expect((await signIn(c.email, c.password)).status).toBe(200);
    for (let i = 0; i < MAX_ACCOUNT_FAILURES - 1; i++) await signIn(c.email, "wrong password");
    expect((await signIn(c.email, c.password)).status).toBe(200);
  });

  it("forgets failures once the window has passed", async () => {
    const c = await createCaller("analyst", "3132100001");
    for (let i = 0; i < MAX_ACCOUNT_FAILURES; i++) await signIn(c.email, "wrong password");
    const db = await getDb();
    await db.signInFailure.updateMany({ data: { windowStart: new Date(Date.now() - 16 * 60 * 1000) } });
    expect((await signIn(c.email, c.password)).status).toBe(200);
  });
});

describe("API tokens", () => {
  beforeEach(async () => {
    await resetDatabase();
    await createSchools();
  });

  it("a token acts with exactly its user's rights, and stops working once revoked", async () => {
    const c = await createCaller("school_admin", "3132100001");
    const created = await createToken(req("/api/tokens", { method: "POST", headers: c.browser, body: { name: "nightly export" } }), undefined);
    expect(created.status).toBe(201);
    const { id, token } = (await created.json()) as { id: string; token: string };
    const bearer = { authorization: `Bearer ${token}` };
    expect(await (await me(req("/api/me", { headers: bearer }), undefined)).json()).toMatchObject({ email: c.email, role: "school_admin" });
    expect((await revokeToken(req(`/api/tokens/${id}`, { method: "DELETE", headers: c.browser }), ctx({ id }))).status).toBe(204);
    expect((await me(req("/api/me", { headers: bearer }), undefined)).status).toBe(401);
  });

  it("stores only a hash of the token", async () => {
    const c = await createCaller("analyst", "3132100001");
    const created = (await (await createToken(req("/api/tokens", { method: "POST", headers: c.browser, body: {} }), undefined)).json()) as { token: string };
    const db = await getDb();
    expect(JSON.stringify(await db.apiToken.findMany())).not.toContain(created.token);
  });
});

describe("CSRF", () => {
  beforeEach(async () => {
    await resetDatabase();
    await createSchools();
  });

  it("refuses a state-changing cookie request without the CSRF token, or with another session's", async () => {
    const c = await createCaller("analyst", "3132100001");
    const other = await createCaller("analyst", "3132100001");
    const withoutToken: Record<string, string> = { ...c.browser };
    delete withoutToken["x-csrf-token"];
    const noToken = await createToken(req("/api/tokens", { method: "POST", headers: withoutToken, body: {} }), undefined);
    const wrongToken = await createToken(req("/api/tokens", { method: "POST", headers: { ...c.browser, "x-csrf-token": other.browser["x-csrf-token"] }, body: {} }), undefined);
    expect([noToken.status, wrongToken.status]).toEqual([403, 403]);
    expect((await noToken.json()).error.issues[0].field).toBe("x-csrf-token");
    const db = await getDb();
    expect(await db.apiToken.count({ where: { userId: c.user.id } })).toBe(1);
  });

  it("refuses a cookie request from another origin even with the token", async () => {
    const c = await createCaller("analyst", "3132100001");
    const response = await createToken(req("/api/tokens", { method: "POST", headers: { ...c.browser, origin: "https://evil.example" }, body: {} }), undefined);
    expect(response.status).toBe(403);
  });

  it("accepts the same request with the token from our own page, and bearer requests without one", async () => {
    const c = await createCaller("analyst", "3132100001");
    expect((await createToken(req("/api/tokens", { method: "POST", headers: c.browser, body: {} }), undefined)).status).toBe(201);
    expect((await createToken(req("/api/tokens", { method: "POST", headers: c.bearer, body: {} }), undefined)).status).toBe(201);
  });

  it("lets a cookie GET through without a token (reads change nothing)", async () => {
    const c = await createCaller("analyst", "3132100001");
    expect((await me(req("/api/me", { headers: { cookie: c.browser.cookie } }), undefined)).status).toBe(200);
  });
});
