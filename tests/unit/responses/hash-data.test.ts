import { describe, it, expect } from "vitest";
import { hashData } from "../../../lib/responses/hash-data";

describe("hashData", () => {
  it("is a SHA-256 hex digest that is stable for the same data", () => {
    const data = { role: "parent", score: 4 };
    expect(hashData(data)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashData(data)).toBe(hashData({ role: "parent", score: 4 }));
  });

  it("does not depend on key order", () => {
    expect(hashData({ a: 1, b: "二", c: true })).toBe(hashData({ c: true, b: "二", a: 1 }));
  });

  it("does not depend on key order inside nested objects and arrays", () => {
    const one = { matrix: { food: 4, safety: 5 }, list: [{ x: 1, y: 2 }], deep: { a: { b: { c: 1, d: 2 } } } };
    const two = { deep: { a: { b: { d: 2, c: 1 } } }, list: [{ y: 2, x: 1 }], matrix: { safety: 5, food: 4 } };
    expect(hashData(one)).toBe(hashData(two));
  });

  it("changes when a nested value changes", () => {
    expect(hashData({ matrix: { food: 4, safety: 5 } })).not.toBe(hashData({ matrix: { food: 4, safety: 4 } }));
    expect(hashData({ list: [{ x: 1 }] })).not.toBe(hashData({ list: [{ x: 2 }] }));
  });

  it("changes when array order changes (a ranking is ordered)", () => {
    expect(hashData({ rank: ["a", "b", "c"] })).not.toBe(hashData({ rank: ["c", "b", "a"] }));
  });

  it("ignores keys whose value is undefined", () => {
    expect(hashData({ a: 1, b: undefined })).toBe(hashData({ a: 1 }));
    expect(hashData({ outer: { a: 1, skipped: undefined } })).toBe(hashData({ outer: { a: 1 } }));
  });

  it("tells apart values that only differ in type or in null versus missing", () => {
    expect(hashData({ a: 1 })).not.toBe(hashData({ a: "1" }));
    expect(hashData({ a: true })).not.toBe(hashData({ a: "true" }));
    expect(hashData({ a: null })).not.toBe(hashData({}));
    expect(hashData({ a: [] })).not.toBe(hashData({ a: {} }));
  });

  it("does not let a key or value containing JSON punctuation collide with another shape", () => {
    expect(hashData({ 'a":1,"b': 2 })).not.toBe(hashData({ a: 1, b: 2 }));
    expect(hashData({ a: "1,2" })).not.toBe(hashData({ a: [1, 2] }));
  });
});
