import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

let cached: unknown;

/** docs/openapi.yaml, the one description of the HTTP API, parsed once. */
export function loadOpenApi(root = process.cwd()): unknown {
  cached ??= parse(readFileSync(path.join(root, "docs/openapi.yaml"), "utf8"));
  return cached;
}
