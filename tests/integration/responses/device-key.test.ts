import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { hashDeviceToken } from "@/lib/responses/device-token";
import { resetDatabase } from "../../helpers/reset-database";

// Its own file: the hashing key is cached per process (per test file here), so this file starts
// with none, like a server on a fresh installation.
describe("the device-token hashing key on a fresh installation", () => {
  it("is created once when many submissions need it at the same moment (found by the crash test: a 500 on PostgreSQL)", async () => {
    await resetDatabase();
    const hashes = await Promise.all(Array.from({ length: 30 }, () => hashDeviceToken("survey", "AAAAAAAAAAAAAAAAAAAAAAAA")));
    expect(new Set(hashes).size).toBe(1);
    expect(await (await getDb()).setting.count()).toBe(1);
  });
});
