/** School stages as written in imports and shown in the UI. */
export const schoolStages = ["幼儿园", "小学", "初中", "高中", "完全中学", "九年一贯制", "职业学校", "特殊教育"] as const;
export type SchoolStage = (typeof schoolStages)[number];
export function isSchoolStage(value: string): value is SchoolStage {
  return (schoolStages as readonly string[]).includes(value);
}
