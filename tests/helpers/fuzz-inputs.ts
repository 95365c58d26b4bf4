// Building blocks for the fuzz properties: hostile strings, keys and byte-level damage.
import fc from "fast-check";

/** Keys that reach Object.prototype or shadow its methods when code indexes plain objects. */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__", "isPrototypeOf"] as const;

const nastyUnit = fc.oneof(
  fc.constantFrom("\u0000", "\u0007", "\u001b", "\u2028", "\u202e", "\ufeff", "\uffff", "\\", '"', "'", "\r\n", "\n", ",", "𝌆", "课后", "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "%00", "${x}", "{child_stage}"),
  // Lone surrogates: valid in a JS string and in JSON text as \uD800, not in UTF-8 or PostgreSQL.
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }),
);

/** Strings mixing control characters, NUL, lone surrogates, quotes, RTL marks and CJK. */
export function nastyString(maxLength = 40): fc.Arbitrary<string> {
  return fc.string({ unit: nastyUnit, maxLength });
}

/** Object keys: ordinary, hostile, and prototype-reaching ones. */
export const hostileKey = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), nastyString(12), fc.string({ maxLength: 12 }));

/** Any JSON value, keys and strings included hostile ones, nested a few levels. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -0, "", "yes", "1", "true"),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    nastyString(),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.array(fc.tuple(hostileKey, tie("value")), { maxLength: 4 }).map((entries) => ownObject(entries)),
  ),
})).value;

/**
 * An object with the given own keys, "__proto__" included as an own enumerable key (as
 * JSON.parse makes it), so JSON.stringify writes it out.
 */
export function ownObject(entries: [string, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/** Damage to the bytes of a request body or file, applied in order. */
export type ByteDamage = { kind: "truncate"; at: number } | { kind: "insert"; at: number; bytes: Uint8Array } | { kind: "overwrite"; at: number; byte: number };

export const byteDamage: fc.Arbitrary<ByteDamage> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    // Invalid UTF-8 among them: lone continuation bytes, overlong forms, surrogates encoded in UTF-8.
    bytes: fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 6 }), fc.constantFrom(Uint8Array.of(0x80), Uint8Array.of(0xc0, 0xaf), Uint8Array.of(0xed, 0xa0, 0x80), Uint8Array.of(0xff), Uint8Array.of(0xf4, 0x90, 0x80, 0x80))),
  }),
  fc.record({ kind: fc.constant("overwrite" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }),
);

export function damageBytes(input: Uint8Array, damage: ByteDamage[]): Uint8Array {
  let bytes = input;
  for (const d of damage) {
    const at = Math.min(bytes.length, Math.floor(d.at * (bytes.length + 1)));
    if (d.kind === "truncate") bytes = bytes.slice(0, at);
    else if (d.kind === "insert") bytes = Buffer.concat([bytes.slice(0, at), d.bytes, bytes.slice(at)]);
    else if (at < bytes.length) {
      bytes = Uint8Array.from(bytes);
      bytes[at] = d.byte;
    }
  }
  return bytes;
}
