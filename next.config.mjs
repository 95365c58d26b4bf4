import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const surveyBundleLoader = fileURLToPath(new URL("./scripts/build/survey-bundle-loader.cjs", import.meta.url));
// Turbopack's build cache does not notice a changed loader file; a changed option it does.
const surveyBundleLoaderHash = createHash("sha256").update(readFileSync(surveyBundleLoader)).digest("hex").slice(0, 16);

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native drivers, the wasm schema engine and the XLSX writer are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "pg",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "@prisma/schema-engine-wasm",
    "exceljs",
    "@node-rs/jieba",
  ],
  turbopack: {
    rules: {
      // SurveyJS data the respondent page gets as CSS and markup instead of JS (decision 010).
      "*.mjs": {
        condition: { path: /(survey-core|survey-react-ui)[\\/]fesm[\\/](survey-core|survey-react-ui)\.mjs$/ },
        loaders: [{ loader: surveyBundleLoader, options: { hash: surveyBundleLoaderHash } }],
      },
    },
  },
  // With input source maps on, Turbopack skipped the loader above for files that carry a
  // sourceMappingURL (both SurveyJS bundles do). Only stack traces into node_modules lose detail.
  experimental: { turbopackInputSourceMaps: false, preloadEntriesOnStart: false },
  poweredByHeader: false,
  // Pages get these and their CSP from proxy.ts; this covers the API and static files.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
        ],
      },
    ];
  },
  reactStrictMode: true,
};

export default nextConfig;
