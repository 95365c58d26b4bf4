import { randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");

// Found by fuzzing: a malformed percent-escape in a link code threw a URIError on the production
// server's submission fast path, and the request was never answered.
describe("a request whose path has a malformed percent-escape", () => {
  it("is 404 for a questionnaire page, with the security headers", async () => {
    const res = await fetch(`${baseUrl}/s/%E0%A4%A`);
    expect(res.status).toBe(404);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("is 404, promptly, for a submission to such a code", async () => {
    const res = await fetch(`${baseUrl}/api/s/%E0%A4%A/responses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id: randomUUID(), data: {} }),
      signal: AbortSignal.timeout(10_000),
    });
    expect(res.status).toBe(404);
  });
});
