import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every file named `name` under app/, as its URL template: route groups dropped, [param] → {param}. */
export function appFiles(name: "route.ts" | "page.tsx", dir = path.join(root, "app")): { file: string; template: string }[] {
  const out: { file: string; template: string }[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...appFiles(name, full));
    else if (entry === name) {
      const segments = path
        .relative(path.join(root, "app"), dir)
        .split(path.sep)
        .filter((s) => s && !/^\(.*\)$/.test(s))
        .map((s) => s.replace(/^\[(.+)\]$/, "{$1}"));
      out.push({ file: full, template: `/${segments.join("/")}` });
    }
  }
  return out.sort((a, b) => a.template.localeCompare(b.template));
}

/** The params Next.js would pass for a concrete path matching a template. */
export function paramsFor(template: string, concretePath: string): Record<string, string> {
  const t = template.split("/");
  const c = concretePath.split("?")[0]!.split("/");
  const params: Record<string, string> = {};
  t.forEach((segment, i) => {
    const m = /^\{(.+)\}$/.exec(segment);
    if (m) params[m[1]!] = decodeURIComponent(c[i] ?? "");
  });
  return params;
}

/** The HTTP methods a route file exports, read from its source. */
export function exportedMethods(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return HTTP_METHODS.filter((m) => new RegExp(`export (const|async function|function) ${m}\\b`).test(source));
}
