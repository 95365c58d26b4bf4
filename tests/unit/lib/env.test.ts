import { describe, it, expect } from "vitest";
import { parseEnv } from "../../../lib/env";

describe("parseEnv", () => {
  it("has defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:data/wence.db");
    expect(env.PORT).toBe(3000);
    expect(env.WENCE_DEMO).toBeUndefined();
  });

  it("treats a blank DATABASE_URL as unset and trims a set one", () => {
    expect(parseEnv({ DATABASE_URL: "  " }).DATABASE_URL).toBe("file:data/wence.db");
    expect(parseEnv({ DATABASE_URL: " postgres://u@h:5432/wence " }).DATABASE_URL).toBe("postgres://u@h:5432/wence");
  });

  it("needs a bounce domain for the bounce listener, and checks it is a domain", () => {
    expect(() => parseEnv({ WENCE_BOUNCE_SMTP_PORT: "2525" })).toThrow(/WENCE_BOUNCE_SMTP_PORT needs WENCE_BOUNCE_DOMAIN/);
    expect(() => parseEnv({ WENCE_BOUNCE_DOMAIN: "bounce@example.cn" })).toThrow(/WENCE_BOUNCE_DOMAIN/);
    const env = parseEnv({ WENCE_BOUNCE_DOMAIN: "Bounces.JYJ.example.cn", WENCE_BOUNCE_SMTP_PORT: "2525" });
    expect([env.WENCE_BOUNCE_DOMAIN, env.WENCE_BOUNCE_SMTP_PORT, env.WENCE_BOUNCE_SMTP_HOST]).toEqual(["bounces.jyj.example.cn", 2525, "127.0.0.1"]);
  });

  it("accepts SQLite and PostgreSQL URLs", () => {
    expect(parseEnv({ DATABASE_URL: "file:/var/lib/wence.db" }).DATABASE_URL).toBe("file:/var/lib/wence.db");
    expect(parseEnv({ DATABASE_URL: "postgresql://u@h/wence" }).DATABASE_URL).toBe("postgresql://u@h/wence");
  });

  it.each([
    ["0", false],
    ["1", true],
    ["false", false],
    ["true", true],
    ["", undefined],
  ] as const)("reads WENCE_DEMO=%j as %s", (value, expected) => {
    expect(parseEnv({ WENCE_DEMO: value }).WENCE_DEMO).toBe(expected);
  });

  it("rejects any other WENCE_DEMO value, naming the variable", () => {
    expect(() => parseEnv({ WENCE_DEMO: "yes" })).toThrow(/WENCE_DEMO/);
  });

  it("rejects a DATABASE_URL of another database, naming the variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
  });

  it("reads PORT as a number", () => {
    expect(parseEnv({ PORT: "8080" }).PORT).toBe(8080);
  });

  it.each(["abc", "0", "65536", "80.5"])("rejects PORT=%j, naming the variable", (port) => {
    expect(() => parseEnv({ PORT: port })).toThrow(/PORT/);
  });

  it("names every bad variable at once", () => {
    let message = "";
    try {
      parseEnv({ DATABASE_URL: "mysql://x", PORT: "abc" });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain("DATABASE_URL");
    expect(message).toContain("PORT");
  });

  it("does not echo a bad value in the error", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://user:s3cret@h/db" })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("s3cret") }),
    );
  });
});

describe("parseEnv: empty variables", () => {
  it("treats an empty value as unset for every setting", () => {
    const env = parseEnv({ PORT: "", DATABASE_POOL_SIZE: " ", WENCE_PUBLIC_URL: "", DATABASE_URL: "" });
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_POOL_SIZE).toBe(10);
    expect(env.WENCE_PUBLIC_URL).toBeUndefined();
    expect(env.DATABASE_URL).toBe("file:data/wence.db");
  });

  it("accepts smtp:// and smtps:// mail servers and refuses anything else", () => {
    expect(parseEnv({ WENCE_SMTP_URL: "smtp://u:p@smtp.example.cn:587" }).WENCE_SMTP_URL).toBe("smtp://u:p@smtp.example.cn:587");
    expect(parseEnv({ WENCE_SMTP_URL: "smtps://smtp.example.cn" }).WENCE_SMTP_URL).toBe("smtps://smtp.example.cn");
    expect(() => parseEnv({ WENCE_SMTP_URL: "http://smtp.example.cn" })).toThrow(/WENCE_SMTP_URL/);
  });

  it("checks WENCE_MAIL_FROM is an address or Name <address>", () => {
    expect(parseEnv({}).WENCE_MAIL_FROM).toBe("问策 <noreply@localhost>");
    expect(parseEnv({ WENCE_MAIL_FROM: "扬州市教育局 <wence@jyj.example.cn>" }).WENCE_MAIL_FROM).toBe("扬州市教育局 <wence@jyj.example.cn>");
    expect(() => parseEnv({ WENCE_MAIL_FROM: "扬州市教育局" })).toThrow(/WENCE_MAIL_FROM/);
  });

  it("gives the server a heap limit of 384 MB unless set, and refuses one too small to run it", () => {
    expect(parseEnv({}).WENCE_MAX_HEAP_MB).toBe(384);
    expect(parseEnv({ WENCE_MAX_HEAP_MB: "1024" }).WENCE_MAX_HEAP_MB).toBe(1024);
    expect(() => parseEnv({ WENCE_MAX_HEAP_MB: "64" })).toThrow(/WENCE_MAX_HEAP_MB/);
    expect(() => parseEnv({ WENCE_MAX_HEAP_MB: "lots" })).toThrow(/WENCE_MAX_HEAP_MB/);
  });
});
