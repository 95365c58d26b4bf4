/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native drivers and the wasm schema engine are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "pg",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "@prisma/schema-engine-wasm",
  ],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
