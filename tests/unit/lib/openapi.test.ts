import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadOpenApi } from "@/lib/http/load-openapi";
import { appFiles, exportedMethods } from "../../helpers/route-table";

const root = path.resolve(import.meta.dirname, "../../..");

describe("docs/openapi.yaml", () => {
  it("documents every API route and method, and nothing that does not exist", () => {
    const paths = (loadOpenApi(root) as { paths: Record<string, Record<string, unknown>> }).paths;
    const documented = Object.entries(paths).flatMap(([p, ops]) =>
      Object.keys(ops)
        .filter((k) => ["get", "post", "put", "patch", "delete"].includes(k))
        .map((m) => `${m.toUpperCase()} ${p}`),
    );
    const implemented = appFiles("route.ts").flatMap((r) => exportedMethods(r.file).map((m) => `${m} ${r.template}`));
    expect(documented.sort()).toEqual(implemented.sort());
  });
});
