import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/orgs/import/route";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { importOrgs } from "@/lib/orgs/import-orgs";
import { createCaller, SMALL_CSV } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";

const HEADER = "district,school_code,school_name,stage,staff,students,parents";

async function snapshot() {
  const db = await getDb();
  return db.orgUnit.findMany({ orderBy: { code: "asc" }, select: { kind: true, code: true, name: true, stage: true, staffCount: true, studentCount: true, parentCount: true, parentId: true } });
}

async function importError(csv: string | Uint8Array): Promise<AppError> {
  const error = await importOrgs(csv, { cityName: "测试市" }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("org import", () => {
  beforeEach(resetDatabase);

  it("creates the city, districts and schools with their stages and headcounts", async () => {
    const summary = await importOrgs(SMALL_CSV, { cityName: "测试市" });
    expect(summary).toEqual({ districtsCreated: 2, schoolsCreated: 3, schoolsUpdated: 0, schoolsUnchanged: 0 });
    const orgs = await snapshot();
    const city = orgs.find((o) => o.kind === "city")!;
    expect(city.name).toBe("测试市");
    const district = orgs.find((o) => o.code === "广陵区")!;
    expect(district.kind).toBe("district");
    const school = orgs.find((o) => o.code === "3132100001")!;
    expect(school).toMatchObject({ kind: "school", name: "扬州市测试小学", stage: "小学", staffCount: 80, studentCount: 1200, parentCount: 2000 });
  });

  it("re-importing the same file changes nothing and never duplicates", async () => {
    await importOrgs(SMALL_CSV, { cityName: "测试市" });
    const before = await snapshot();
    const again = await importOrgs(SMALL_CSV, { cityName: "测试市" });
    expect(again).toEqual({ districtsCreated: 0, schoolsCreated: 0, schoolsUpdated: 0, schoolsUnchanged: 3 });
    expect(await snapshot()).toEqual(before);
  });

  it("a changed row updates the school in place, including a move to another district", async () => {
    await importOrgs(SMALL_CSV, { cityName: "测试市" });
    const moved = SMALL_CSV.replace("广陵区,3132100002,扬州市测试初级中学,初中,100,1300,2100", "江都区,3132100002,扬州市测试初级中学,初中,110,1350,2100");
    expect(await importOrgs(moved, { cityName: "测试市" })).toEqual({ districtsCreated: 1, schoolsCreated: 0, schoolsUpdated: 1, schoolsUnchanged: 2 });
    const orgs = await snapshot();
    const jiangdu = orgs.find((o) => o.code === "江都区")!;
    const school = orgs.find((o) => o.code === "3132100002")!;
    expect(orgs.filter((o) => o.kind === "school")).toHaveLength(3);
    expect(school.staffCount).toBe(110);
    const db = await getDb();
    expect(school.parentId).toBe((await db.orgUnit.findUniqueOrThrow({ where: { code: "江都区" } })).id);
    expect(jiangdu.kind).toBe("district");
  });

  const bad: [string, string, number, string][] = [
    ["an unknown stage", `${HEADER}\n广陵区,1,甲校,小学,1,2,3\n广陵区,2,乙校,大学,1,2,3`, 3, "stage"],
    ["a negative headcount", `${HEADER}\n广陵区,1,甲校,小学,-5,2,3`, 2, "staff"],
    ["a non-numeric headcount", `${HEADER}\n广陵区,1,甲校,小学,5,很多,3`, 2, "students"],
    ["a duplicate school code", `${HEADER}\n广陵区,1,甲校,小学,1,2,3\n邗江区,1,乙校,初中,1,2,3`, 3, "school_code"],
    ["a missing name", `${HEADER}\n广陵区,1,,小学,1,2,3`, 2, "school_name"],
    ["a wrong header", `district,code,name,stage,staff,students,parents\n广陵区,1,甲校,小学,1,2,3`, 1, "header"],
  ];

  for (const [what, csv, line, field] of bad) {
    it(`rejects a file with ${what}, naming line ${line} and ${field}, and imports nothing`, async () => {
      await importOrgs(SMALL_CSV, { cityName: "测试市" });
      const before = await snapshot();
      const error = await importError(`${csv}\n广陵区,3132100001,改名的学校,小学,1,1,1`);
      expect(error.issues).toContainEqual(expect.objectContaining({ line, field }));
      expect(error.message).toContain(String(line));
      expect(await snapshot()).toEqual(before);
    });
  }

  it("rejects a NUL in a school name with 422 and imports nothing (found by fuzzing: a 500 on PostgreSQL)", async () => {
    await importOrgs(SMALL_CSV, { cityName: "测试市" });
    const before = await snapshot();
    const error = await importError(`${HEADER}\n广陵区,3132100001,改\u0000名,小学,1,1,1`);
    expect(error.issues).toContainEqual(expect.objectContaining({ line: 2, field: "school_name" }));
    expect(await snapshot()).toEqual(before);
  });

  it("rejects a file that is not UTF-8 and imports nothing", async () => {
    const gbk = Buffer.concat([Buffer.from(`${HEADER}\n`), Buffer.from([0xc9, 0xcf, 0xba, 0xa3]), Buffer.from(",1,甲校,小学,1,2,3\n")]);
    const error = await importError(gbk);
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.issues[0]?.field).toBe("file");
    expect(await snapshot()).toEqual([]);
  });

  it("rejects a school code that is already a district name", async () => {
    await importOrgs(SMALL_CSV, { cityName: "测试市" });
    const error = await importError(`${HEADER}\n邗江区,广陵区,甲校,小学,1,2,3`);
    expect(error.issues).toContainEqual(expect.objectContaining({ line: 2, field: "school_code" }));
  });
});

describe("POST /api/orgs/import", () => {
  let auth = "";
  beforeEach(async () => {
    await resetDatabase();
    auth = (await createCaller("city_admin")).bearer.authorization;
  });

  const post = (body: string | Uint8Array<ArrayBuffer>, authorization = auth) =>
    POST(new Request("http://localhost/api/orgs/import", { method: "POST", headers: { authorization, "content-type": "text/csv" }, body }), undefined);
  const schools = async () => (await snapshot()).filter((o) => o.kind !== "city");

  it("imports a CSV body and answers with the summary", async () => {
    const res = await post(SMALL_CSV);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ districtsCreated: 2, schoolsCreated: 3, schoolsUpdated: 0, schoolsUnchanged: 0 });
  });

  it("answers 401 without a valid token and stores nothing", async () => {
    expect((await post(SMALL_CSV, "Bearer wrong")).status).toBe(401);
    expect((await post(SMALL_CSV, "")).status).toBe(401);
    expect(await schools()).toEqual([]);
  });

  it("answers 403 to a district administrator and stores nothing", async () => {
    await post(SMALL_CSV);
    const before = await snapshot();
    const district = await createCaller("district_admin", "广陵区");
    expect((await post(`${HEADER}\n广陵区,3132100009,新学校,小学,1,2,3`, district.bearer.authorization)).status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it("answers 422 naming line and field for a bad row", async () => {
    const res = await post(`${HEADER}\n广陵区,1,甲校,研究生院,1,2,3`);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; issues: { line: number; field: string }[] } };
    expect(body.error.code).toBe("VALIDATION");
    expect(body.error.issues[0]).toMatchObject({ line: 2, field: "stage" });
  });

  it("answers 400 for a body that is not UTF-8 and 413 for one over 5 MB", async () => {
    expect((await post(new Uint8Array([0xff, 0xfe, 0xfd]))).status).toBe(400);
    expect((await post(`${HEADER}\n${"x".repeat(5 * 1024 * 1024)}`)).status).toBe(413);
  });
});
