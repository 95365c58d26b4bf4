import { getDb } from "../db/client";
import { AppError, type FieldIssue } from "../errors/app-error";
import { ensureCity } from "./ensure-city";
import { parseOrgCsv, type OrgRow } from "./parse-org-csv";

export interface ImportSummary {
  districtsCreated: number;
  schoolsCreated: number;
  schoolsUpdated: number;
  schoolsUnchanged: number;
}

/** Districts are keyed by name and schools by code, in one namespace of org codes. */
function findCodeClashes(rows: OrgRow[], kindByCode: Map<string, string>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const districts = new Set(rows.map((r) => r.district));
  for (const r of rows) {
    const kind = kindByCode.get(r.schoolCode);
    if ((kind && kind !== "school") || districts.has(r.schoolCode)) {
      issues.push({ line: r.line, field: "school_code", message: `第 ${r.line} 行 school_code：${r.schoolCode} 已被区县或市使用 (clashes with a district or city)` });
    }
    const districtKind = kindByCode.get(r.district);
    if (districtKind && districtKind !== "district") {
      issues.push({ line: r.line, field: "district", message: `第 ${r.line} 行 district：${r.district} 已是学校代码或市名称 (clashes with a school code or the city)` });
    }
  }
  return issues;
}

/**
 * Imports an org CSV all-or-nothing: the file is checked completely, then districts and schools
 * are created or updated in one transaction. Importing the same file again changes nothing.
 */
export async function importOrgs(input: Uint8Array | string, options: { cityName: string }): Promise<ImportSummary> {
  const rows = parseOrgCsv(input);
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const city = await ensureCity(tx, options.cityName);
      const existing = await tx.orgUnit.findMany();
      const clashes = findCodeClashes(rows, new Map(existing.map((o) => [o.code, o.kind])));
      if (clashes.length > 0) {
        throw new AppError("VALIDATION", `导入失败，未导入任何数据：${clashes[0]?.message ?? ""}`, clashes.slice(0, 50));
      }
      const summary: ImportSummary = { districtsCreated: 0, schoolsCreated: 0, schoolsUpdated: 0, schoolsUnchanged: 0 };
      const districtIds = new Map(existing.filter((o) => o.kind === "district").map((o) => [o.code, o.id]));
      for (const name of new Set(rows.map((r) => r.district))) {
        if (districtIds.has(name)) continue;
        const d = await tx.orgUnit.create({ data: { kind: "district", code: name, name, parentId: city.id } });
        districtIds.set(name, d.id);
        summary.districtsCreated++;
      }
      const schools = new Map(existing.filter((o) => o.kind === "school").map((o) => [o.code, o]));
      for (const r of rows) {
        const data = {
          name: r.schoolName,
          parentId: districtIds.get(r.district) ?? null,
          stage: r.stage,
          staffCount: r.staff,
          studentCount: r.students,
          parentCount: r.parents,
        };
        const current = schools.get(r.schoolCode);
        if (!current) {
          await tx.orgUnit.create({ data: { kind: "school", code: r.schoolCode, ...data } });
          summary.schoolsCreated++;
        } else if ((Object.keys(data) as (keyof typeof data)[]).some((k) => current[k] !== data[k])) {
          await tx.orgUnit.update({ where: { id: current.id }, data });
          summary.schoolsUpdated++;
        } else {
          summary.schoolsUnchanged++;
        }
      }
      return summary;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
