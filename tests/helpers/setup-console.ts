import { afterEach, beforeEach, expect } from "vitest";

// An unexpected console.error is a bug the test did not notice: fail the test. Tests that
// expect a logged error say so with `allowConsoleError()`.
let allowed = false;
let calls: unknown[][] = [];
const original = console.error;

export function allowConsoleError(): void {
  allowed = true;
}

beforeEach(() => {
  allowed = false;
  calls = [];
  console.error = (...args: unknown[]) => {
    calls.push(args);
  };
});

afterEach(() => {
  console.error = original;
  if (!allowed) expect(calls, "unexpected console.error").toEqual([]);
});
