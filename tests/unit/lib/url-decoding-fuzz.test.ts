import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCookie } from "@/lib/http/cookies";
import { decodeComponent } from "@/lib/http/decode-component";
import { submissionCode } from "@/lib/responses/submission-path";

// Percent signs followed by anything: where decodeURIComponent throws.
const percentish = fc.string({ unit: fc.oneof(fc.constantFrom("%", "%E0", "%A4", "%C0%AF", "%ED%A0%80", "%00", "%2F", "/", "?", "#", ";", "="), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 30 });

describe("decoding percent-escapes from requests never throws", () => {
  it("decodeComponent decodes what decodeURIComponent can and keeps the rest as written (2,000 cases)", () => {
    fc.assert(
      fc.property(percentish, (s) => {
        let expected: string;
        try {
          expected = decodeURIComponent(s);
        } catch {
          expected = s;
        }
        expect(decodeComponent(s)).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it("submissionCode finds the code of any encoded link and never throws on other URLs (2,000 cases)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: 1, maxLength: 40 }), percentish, fc.constantFrom("POST", "GET", undefined), (code, junk, method) => {
        const found = submissionCode(method, `/api/s/${encodeURIComponent(code)}/responses?x=1`);
        expect(found).toBe(method === "POST" ? code : undefined);
        expect(() => submissionCode(method, `/api/s/${junk}/responses`)).not.toThrow();
        expect(() => submissionCode(method, junk)).not.toThrow();
      }),
      { numRuns: 2_000 },
    );
  });

  it("regression: a malformed escape in the path is kept as written (it used to leave the request unanswered)", () => {
    expect(submissionCode("POST", "/api/s/%E0%A4%A/responses")).toBe("%E0%A4%A");
  });

  it("readCookie reads any Cookie header without throwing (2,000 cases)", () => {
    fc.assert(
      fc.property(percentish, percentish, (header, value) => {
        expect(() => readCookie(header, "wence_device")).not.toThrow();
        const other = header.replaceAll("wence_device", "other");
        const plain = value.replaceAll(";", "");
        expect(readCookie(`${other}; wence_device=${plain}`, "wence_device")).toBe(decodeComponent(plain.trim()));
      }),
      { numRuns: 2_000 },
    );
  });

  it("regression: a cookie value with a lone % is read as written (it used to fail every submission with 500)", () => {
    expect(readCookie("a=1; wence_device=%", "wence_device")).toBe("%");
  });
});
