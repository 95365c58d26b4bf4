import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");

// Found by fuzzing: a malformed percent-escape in a link code or the device cookie threw a
// URIError (a 500 for the page and for submissions; on the submission fast path the request was
// never answered at all).
describe("malformed percent-escapes from a client", () => {
  it("answer 404 for a questionnaire page whose code has a malformed escape", async () => {
    expect((await fetch(`${baseUrl}/s/%E0%A4%A`)).status).toBe(404);
  });

  it("answer 404 for a submission to such a code, promptly", async () => {
    const res = await fetch(`${baseUrl}/api/s/%E0%A4%A/responses`, { method: "POST", body: "{}", signal: AbortSignal.timeout(10_000) });
    expect(res.status).toBe(404);
  });
});
