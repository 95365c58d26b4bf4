import { z } from "zod";

// The only reader of process.env (a lint rule enforces it): everything configurable is parsed
// and checked once, so a bad setting fails at boot with the variable's name, not later.
const booleanFlag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : v === "1" || v === "true"));

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? "file:data/wence.db" : v.trim()))
    .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), {
      message: "DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)",
    }),
  /** PostgreSQL pool size; 1 for single-connection servers such as embedded PGlite. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  WENCE_DEMO: booleanFlag,
  WENCE_CITY_NAME: z.string().trim().min(1).default("本市"),
  WENCE_PUBLIC_URL: z.url().optional(),
  /** How many reverse proxies in front of Wence append to X-Forwarded-For (0: Next.js faces clients). */
  WENCE_TRUST_PROXY: z.coerce.number().int().min(0).max(5).default(0),
  /** Submissions accepted per client address per 10 minutes (flood control; docs/decisions/008). */
  WENCE_SUBMIT_LIMIT: z.coerce.number().int().min(1).default(600),
  /** Outgoing mail server, e.g. smtp://user:pass@smtp.example.cn:587 (smtps:// for TLS from the start). Unset: mail waits in the outbox. */
  WENCE_SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "WENCE_SMTP_URL must look like smtp://user:pass@host:port or smtps://…" })
    .optional(),
  /** Sender of invitations and reminders: an address, optionally with a display name ("问策 <wence@jyj.example.cn>"). */
  WENCE_MAIL_FROM: z
    .string()
    .trim()
    .regex(/^([^<>]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/, { error: "WENCE_MAIL_FROM must be an address or Name <address>" })
    .default("问策 <noreply@localhost>"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (FOO= in a unit file or .env) means "not set", for every setting alike.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated environment, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For tests and scripts that change the environment after boot. */
export function resetEnvCache(): void {
  cached = undefined;
}
