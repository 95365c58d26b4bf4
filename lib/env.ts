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
  /**
   * The server's V8 heap limit in MB (--max-old-space-size, set by scripts/lib/spawn-server.ts).
   * Without one V8 sizes the heap from the machine's memory and lets garbage pile up for long;
   * the live heap is ~50–110 MB (decision 018).
   */
  WENCE_MAX_HEAP_MB: z.coerce.number().int().min(128).max(65_536).default(384),
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
  /**
   * Domain of the bounce addresses (VERP): each mail is sent with the envelope sender
   * bounce+<message id>.<HMAC>@<this domain>, so a delivery report mailed back later names its message.
   * Its MX (or the relay's forwarding) must lead to the bounce receiver. Unset: plain envelope sender.
   */
  WENCE_BOUNCE_DOMAIN: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^(?=.{1,200}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$/, { error: "WENCE_BOUNCE_DOMAIN must be a domain name such as bounces.jyj.example.cn" })
    .optional(),
  /** Port of the SMTP listener that receives delivery reports (started by npm start when set; needs WENCE_BOUNCE_DOMAIN). */
  WENCE_BOUNCE_SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Address the bounce listener binds to; 0.0.0.0 to accept reports from other machines. */
  WENCE_BOUNCE_SMTP_HOST: z.string().trim().min(1).default("127.0.0.1"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
}).refine((e) => e.WENCE_BOUNCE_SMTP_PORT === undefined || e.WENCE_BOUNCE_DOMAIN !== undefined, {
  path: ["WENCE_BOUNCE_SMTP_PORT"],
  error: "WENCE_BOUNCE_SMTP_PORT needs WENCE_BOUNCE_DOMAIN (the addresses it accepts)",
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
