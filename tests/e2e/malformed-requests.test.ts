import { randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");

// Found by fuzzing: a malformed percent-escape in a link code threw a URIError on the production
// server's submission fast path, and the request was never answered.
describe("a submission to a link code with a malformed percent-escape", () => {
  it("is answered 404, promptly", async () => {
    const res = await fetch(`${baseUrl}/api/s/%E0%A4%A/responses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id: randomUUID(), data: {} }),
      signal: AbortSignal.timeout(10_000),
    });
    expect(res.status).toBe(404);
  });
});
