import { describe, expect, it } from "vitest";
import { xlsxStream } from "@/lib/analytics/encode-export";
import type { ResponseExport } from "@/lib/analytics/export-responses";
import type { Cell } from "@/lib/analytics/neutralize-cell";

describe("the XLSX export stream", () => {
  it("stops reading pages once the client has cancelled it", async () => {
    let pagesRead = 0;
    let finished = false;
    async function* pages(): AsyncGenerator<Cell[][]> {
      try {
        for (;;) {
          pagesRead++;
          // As streamResponses does between pages: let I/O (the zip's compression) run.
          await new Promise((r) => setImmediate(r));
          yield Array.from({ length: 200 }, (_, i) => [`学校${i}`, "家长", i, "很满意，食堂的饭菜比去年好多了".repeat(4)]);
        }
      } finally {
        finished = true;
      }
    }
    const exp: ResponseExport = { name: "t", header: ["学校", "对象", "序号", "建议"], pages: pages() };
    const reader = xlsxStream(exp).getReader();
    await reader.read();
    await reader.cancel();
    await expect.poll(() => finished, { timeout: 5_000 }).toBe(true);
    const after = pagesRead;
    await new Promise((r) => setTimeout(r, 200));
    expect(pagesRead).toBe(after);
  });
});
