import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { answerWithRoute, type RouteHandler } from "@/lib/http/answer-with-route";
import { allowConsoleError } from "../../helpers/setup-console";

describe("answerWithRoute", () => {
  let server: http.Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function serve(handler: RouteHandler<{ id: string }>): Promise<string> {
    server = http.createServer((req, res) => void answerWithRoute(req, res, "http://wence.test", handler, { id: "s1" }));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it("hands the handler the request's path, query, headers and params, and sends back its status, headers and cookies", async () => {
    const origin = await serve(async (request, { params }) => {
      const headers = new Headers({ "content-type": "text/plain; charset=utf-8" });
      headers.append("set-cookie", "a=1; Path=/");
      headers.append("set-cookie", "b=2; Path=/");
      return new Response(`${request.url} ${request.headers.get("x-probe")} ${(await params).id}`, { status: 202, headers });
    });
    const res = await fetch(`${origin}/api/x?y=1`, { headers: { "x-probe": "probe-1" } });
    expect(res.status).toBe(202);
    expect(await res.text()).toBe("http://wence.test/api/x?y=1 probe-1 s1");
    expect(res.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("sends a JSON body whole, with its length in bytes, Chinese included", async () => {
    const body = { title: "家长问卷", counts: { 满意: 12 } };
    const origin = await serve(async () => new Response(JSON.stringify(body), { headers: { "content-type": "application/json; charset=utf-8" } }));
    const res = await fetch(`${origin}/api/x`);
    expect(res.headers.get("content-length")).toBe(String(Buffer.byteLength(JSON.stringify(body))));
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await res.json()).toEqual(body);
  });

  it("answers 500 with a problem body when a handler throws, and the server keeps serving", async () => {
    allowConsoleError();
    let calls = 0;
    const origin = await serve(async () => {
      if (calls++ === 0) throw new Error("boom");
      return new Response("ok");
    });
    const failed = await fetch(`${origin}/api/x`);
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toContain("boom");
    expect(await (await fetch(`${origin}/api/x`)).text()).toBe("ok");
  });

  it("cancels the handler's stream when the client goes away mid-body", async () => {
    let cancelled = false;
    const origin = await serve(async () => new Response(new ReadableStream<Uint8Array>({
      pull: (c) => c.enqueue(new Uint8Array(64 * 1024)),
      cancel: () => void (cancelled = true),
    })));
    const controller = new AbortController();
    const res = await fetch(`${origin}/api/x`, { signal: controller.signal });
    await res.body!.getReader().read();
    controller.abort();
    await expect.poll(() => cancelled, { timeout: 5_000 }).toBe(true);
  });

  it("cancels the body of a handler that answers after its client has gone", async () => {
    let cancelled = false;
    let release!: () => void;
    const answered = new Promise<void>((resolve) => (release = resolve));
    const origin = await serve(async () => {
      await answered;
      return new Response(new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(new Uint8Array(1024)), cancel: () => void (cancelled = true) }));
    });
    const controller = new AbortController();
    const pending = fetch(`${origin}/api/x`, { signal: controller.signal }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 100));
    controller.abort();
    await pending;
    await new Promise((r) => setTimeout(r, 100));
    release();
    await expect.poll(() => cancelled, { timeout: 5_000 }).toBe(true);
  });
});
