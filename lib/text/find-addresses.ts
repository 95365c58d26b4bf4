import type { PersonalDataSpan } from "./personal-data";

// Only the numbers of an address are personal: the road and the estate are what complaints about
// traffic and catchment areas are about, so "文昌中路168号" becomes "文昌中路【地址】".
const NUM = String.raw`\d+(?:\s*-\s*\d+)*`;
const UNIT = "号院|号楼|号|弄|栋|幢|座|期|单元|室|户";
const PLACE = "路|街|巷|道|弄|里|村|镇|小区|花园|家园|公寓|新村|苑|庭|府|湾|城|园|广场|大厦|院";
// A number with its unit, then more of them; the last may be a bare room number ("12幢502").
const SEQUENCE = String.raw`${NUM}\s*(?:${UNIT})(?:\s*${NUM}\s*(?:${UNIT}|楼|层))*(?:\s*${NUM}(?![\d.]))?`;
const AFTER_PLACE = new RegExp(String.raw`(?<=(?:${PLACE})\s*)(?:${SEQUENCE}|\d+(?:-\d+){2,}|[一二三四五六七八九十百零〇]+号(?![楼线文]))`, "g");
// Without a road or estate before it, only a building-and-unit form counts ("5栋2单元301").
const BUILDING = new RegExp(String.raw`${NUM}\s*(?:栋|幢|号楼)\s*${NUM}\s*(?:单元|室|层)?(?:\s*${NUM}\s*室?)?`, "g");
// Numbers that look like an address but are days and rooms of the school: "9月1号", "302室" after 教.
const NOT_ADDRESS_BEFORE = /(?:月|第|教|实验|办公)\s*$/;

export function findAddresses(norm: string): PersonalDataSpan[] {
  const out: PersonalDataSpan[] = [];
  for (const re of [AFTER_PLACE, BUILDING]) {
    for (const m of norm.matchAll(re)) {
      if (NOT_ADDRESS_BEFORE.test(norm.slice(Math.max(0, m.index - 3), m.index))) continue;
      // A bare "3楼"/"302" is a floor or a classroom, not a home: the sequence must hold a unit.
      if (re === BUILDING && !/栋|幢|号楼/.test(m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].trimEnd().length, type: "地址" });
    }
  }
  return out;
}
