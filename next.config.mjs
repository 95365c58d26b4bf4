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
  ],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
