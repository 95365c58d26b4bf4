import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { demoCityName, demoDistricts, demoSchools } from "../../../lib/orgs/demo-schools";
import { isSchoolStage, schoolStages } from "../../../lib/orgs/stages";

const csvPath = new URL("../../../prisma/demo/schools.csv", import.meta.url);
const csvHeader = "district,school_code,school_name,stage,staff,students,parents";

describe("demo schools", () => {
  it("belongs to the demo city", () => {
    expect(demoCityName).toBe("扬州市");
  });

  it("has 55–65 schools", () => {
    expect(demoSchools.length).toBeGreaterThanOrEqual(55);
    expect(demoSchools.length).toBeLessThanOrEqual(65);
  });

  it("places every school in a demo district, with at least 6 per district", () => {
    const districts: readonly string[] = demoDistricts;
    for (const s of demoSchools) expect(districts).toContain(s.district);
    for (const d of demoDistricts) {
      expect(demoSchools.filter((s) => s.district === d).length, d).toBeGreaterThanOrEqual(6);
    }
  });

  it("uses only known stages and covers every stage", () => {
    for (const s of demoSchools) expect(isSchoolStage(s.stage), s.name).toBe(true);
    for (const stage of schoolStages) {
      expect(demoSchools.some((s) => s.stage === stage), stage).toBe(true);
    }
  });

  it("has unique 10-digit school codes", () => {
    for (const s of demoSchools) expect(s.code, s.name).toMatch(/^[0-9]{10}$/);
    expect(new Set(demoSchools.map((s) => s.code)).size).toBe(demoSchools.length);
  });

  it("has unique, non-empty names without CSV-breaking characters", () => {
    for (const s of demoSchools) expect(s.name, s.code).toMatch(/^[^,"\n\r]+$/);
    expect(new Set(demoSchools.map((s) => s.name)).size).toBe(demoSchools.length);
  });

  it("has plausible headcounts", () => {
    for (const s of demoSchools) {
      for (const n of [s.staff, s.students, s.parents]) {
        expect(Number.isInteger(n), s.name).toBe(true);
        expect(n, s.name).toBeGreaterThan(0);
      }
      expect(s.students, s.name).toBeGreaterThan(s.staff);
      const lowParents = s.stage === "特殊教育" || s.stage === "职业学校" ? 0.8 : 1.2;
      expect(s.parents, s.name).toBeGreaterThanOrEqual(lowParents * s.students);
      expect(s.parents, s.name).toBeLessThanOrEqual(2 * s.students);
    }
  });

  it("matches prisma/demo/schools.csv row for row", () => {
    const text = readFileSync(csvPath, "utf8");
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).not.toContain("\r");
    const lines = text.split("\n");
    if (lines.at(-1) === "") lines.pop();
    expect(lines[0]).toBe(csvHeader);
    const rows = lines.slice(1).map((line) => line.split(","));
    const expected = demoSchools.map((s) => [
      s.district,
      s.code,
      s.name,
      s.stage,
      String(s.staff),
      String(s.students),
      String(s.parents),
    ]);
    expect(rows).toEqual(expected);
  });
});
