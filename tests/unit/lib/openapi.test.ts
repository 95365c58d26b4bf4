import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadOpenApi } from "@/lib/http/load-openapi";

const root = path.resolve(import.meta.dirname, "../../..");

/** Every app/api/** /route.ts as its URL path, with [param] as {param}. */
function apiRoutes(dir = path.join(root, "app/api")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return apiRoutes(p);
    if (e.name !== "route.ts") return [];
    return ["/" + path.relative(path.join(root, "app"), dir).split(path.sep).join("/").replace(/\[(\w+)\]/g, "{$1}")];
  });
}

describe("docs/openapi.yaml", () => {
  it("documents every API route, and nothing that does not exist", () => {
    const documented = Object.keys((loadOpenApi(root) as { paths: Record<string, unknown> }).paths).sort();
    expect(documented).toEqual(apiRoutes().sort());
  });
});
