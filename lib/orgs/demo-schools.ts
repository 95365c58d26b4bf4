import type { SchoolStage } from "./stages";

/** One demo school: the organisation tree and headcounts used by the demo seed. */
export interface DemoSchool {
  district: string;
  code: string;
  name: string;
  stage: SchoolStage;
  staff: number;
  students: number;
  parents: number;
}

export const demoCityName = "扬州市";

export const demoDistricts = ["广陵区", "邗江区", "江都区", "仪征市", "高邮市", "宝应县"] as const;

/**
 * Demo schools of 扬州市 (invented, in the style of real names). Keep in step with
 * prisma/demo/schools.csv: same rows, same order (a unit test checks it).
 */
export const demoSchools: DemoSchool[] = [
  { district: "广陵区", code: "3132101147", name: "扬州中学", stage: "高中", staff: 250, students: 2923, parents: 4600 },
  { district: "广陵区", code: "3132101169", name: "扬州市新华中学", stage: "高中", staff: 176, students: 2086, parents: 3503 },
  { district: "广陵区", code: "3132101244", name: "扬州市第一中学", stage: "完全中学", staff: 223, students: 2883, parents: 4961 },
  { district: "广陵区", code: "3132101331", name: "扬州市梅岭中学", stage: "初中", staff: 226, students: 2884, parents: 5050 },
  { district: "广陵区", code: "3132101395", name: "扬州市田家炳实验中学", stage: "初中", staff: 182, students: 2081, parents: 3733 },
  { district: "广陵区", code: "3132101424", name: "扬州市梅岭小学", stage: "小学", staff: 164, students: 2962, parents: 5411 },
  { district: "广陵区", code: "3132101450", name: "扬州市育才小学", stage: "小学", staff: 160, students: 2942, parents: 5293 },
  { district: "广陵区", code: "3132101498", name: "扬州市汶河小学", stage: "小学", staff: 130, students: 2330, parents: 4241 },
  { district: "广陵区", code: "3132101543", name: "扬州市广陵区东关小学", stage: "小学", staff: 93, students: 1498, parents: 2769 },
  { district: "广陵区", code: "3132101611", name: "扬州市广陵区沙头学校", stage: "九年一贯制", staff: 136, students: 1908, parents: 2867 },
  { district: "广陵区", code: "3132101657", name: "扬州市广陵区实验幼儿园", stage: "幼儿园", staff: 57, students: 407, parents: 763 },
  { district: "广陵区", code: "3132101702", name: "扬州市机关第一幼儿园", stage: "幼儿园", staff: 46, students: 335, parents: 547 },
  { district: "广陵区", code: "3132101739", name: "扬州市旅游商贸学校", stage: "职业学校", staff: 218, students: 3561, parents: 4352 },
  { district: "广陵区", code: "3132101803", name: "扬州市特殊教育学校", stage: "特殊教育", staff: 61, students: 227, parents: 216 },
  { district: "邗江区", code: "3132201100", name: "扬州市邗江中学", stage: "高中", staff: 225, students: 2851, parents: 4519 },
  { district: "邗江区", code: "3132201156", name: "扬州大学附属中学", stage: "完全中学", staff: 273, students: 3275, parents: 5280 },
  { district: "邗江区", code: "3132201185", name: "扬州市竹西中学", stage: "初中", staff: 179, students: 2237, parents: 3725 },
  { district: "邗江区", code: "3132201201", name: "扬州市翠岗中学", stage: "初中", staff: 188, students: 2419, parents: 4140 },
  { district: "邗江区", code: "3132201268", name: "扬州市邗江区实验学校", stage: "九年一贯制", staff: 252, students: 3300, parents: 5375 },
  { district: "邗江区", code: "3132201340", name: "扬州市邗江区美琪学校", stage: "九年一贯制", staff: 196, students: 2683, parents: 4701 },
  { district: "邗江区", code: "3132201418", name: "扬州市育才小学西区校", stage: "小学", staff: 151, students: 2616, parents: 4716 },
  { district: "邗江区", code: "3132201477", name: "扬州市邗江区维扬实验小学", stage: "小学", staff: 144, students: 2462, parents: 3985 },
  { district: "邗江区", code: "3132201534", name: "扬州市邗江区蒋王小学", stage: "小学", staff: 94, students: 1726, parents: 2720 },
  { district: "邗江区", code: "3132201568", name: "扬州市邗江区瓜洲中心小学", stage: "小学", staff: 68, students: 1220, parents: 2069 },
  { district: "邗江区", code: "3132201589", name: "扬州市邗江区实验幼儿园", stage: "幼儿园", staff: 49, students: 434, parents: 764 },
  { district: "邗江区", code: "3132201638", name: "扬州市邗江中等专业学校", stage: "职业学校", staff: 244, students: 3819, parents: 4701 },
  { district: "邗江区", code: "3132201711", name: "扬州市邗江区特殊教育学校", stage: "特殊教育", staff: 49, students: 153, parents: 211 },
  { district: "江都区", code: "3132301305", name: "江都区大桥高级中学", stage: "高中", staff: 219, students: 2416, parents: 3624 },
  { district: "江都区", code: "3132301329", name: "江都区丁沟中学", stage: "高中", staff: 173, students: 2227, parents: 3831 },
  { district: "江都区", code: "3132301398", name: "江都区实验初级中学", stage: "初中", staff: 229, students: 2735, parents: 4840 },
  { district: "江都区", code: "3132301415", name: "江都区国际学校", stage: "九年一贯制", staff: 224, students: 2918, parents: 4700 },
  { district: "江都区", code: "3132301447", name: "江都区实验小学", stage: "小学", staff: 136, students: 2574, parents: 4305 },
  { district: "江都区", code: "3132301520", name: "江都区龙川小学", stage: "小学", staff: 126, students: 2135, parents: 3762 },
  { district: "江都区", code: "3132301600", name: "江都区实验幼儿园", stage: "幼儿园", staff: 45, students: 361, parents: 627 },
  { district: "江都区", code: "3132301603", name: "江都区中等专业学校", stage: "职业学校", staff: 284, students: 4208, parents: 5159 },
  { district: "江都区", code: "3132301673", name: "江都区特殊教育学校", stage: "特殊教育", staff: 53, students: 163, parents: 226 },
  { district: "仪征市", code: "3132401307", name: "仪征市第二中学", stage: "高中", staff: 182, students: 2115, parents: 3626 },
  { district: "仪征市", code: "3132401312", name: "仪征市实验中学", stage: "初中", staff: 203, students: 2415, parents: 3734 },
  { district: "仪征市", code: "3132401357", name: "仪征市大仪中学", stage: "完全中学", staff: 168, students: 2065, parents: 3478 },
  { district: "仪征市", code: "3132401447", name: "仪征市实验小学", stage: "小学", staff: 126, students: 2261, parents: 3631 },
  { district: "仪征市", code: "3132401492", name: "仪征市真州小学", stage: "小学", staff: 100, students: 1814, parents: 3261 },
  { district: "仪征市", code: "3132401510", name: "仪征市实验幼儿园", stage: "幼儿园", staff: 41, students: 352, parents: 646 },
  { district: "仪征市", code: "3132401577", name: "仪征市职业教育中心", stage: "职业学校", staff: 180, students: 3021, parents: 3663 },
  { district: "仪征市", code: "3132401614", name: "仪征市特殊教育学校", stage: "特殊教育", staff: 36, students: 133, parents: 180 },
  { district: "高邮市", code: "3132501350", name: "高邮市第一中学", stage: "高中", staff: 207, students: 2609, parents: 4145 },
  { district: "高邮市", code: "3132501364", name: "高邮市城北中学", stage: "初中", staff: 198, students: 2344, parents: 4117 },
  { district: "高邮市", code: "3132501436", name: "高邮市南海中学", stage: "初中", staff: 172, students: 1941, parents: 3351 },
  { district: "高邮市", code: "3132501502", name: "高邮市实验小学", stage: "小学", staff: 145, students: 2428, parents: 4032 },
  { district: "高邮市", code: "3132501557", name: "高邮市汤庄学校", stage: "九年一贯制", staff: 135, students: 1858, parents: 3194 },
  { district: "高邮市", code: "3132501621", name: "高邮市机关幼儿园", stage: "幼儿园", staff: 43, students: 337, parents: 586 },
  { district: "高邮市", code: "3132501702", name: "高邮市中等专业学校", stage: "职业学校", staff: 233, students: 3345, parents: 3446 },
  { district: "高邮市", code: "3132501737", name: "高邮市特殊教育学校", stage: "特殊教育", staff: 44, students: 140, parents: 149 },
  { district: "宝应县", code: "3132601308", name: "宝应县安宜高级中学", stage: "高中", staff: 192, students: 2204, parents: 3811 },
  { district: "宝应县", code: "3132601313", name: "宝应县曹甸高级中学", stage: "高中", staff: 152, students: 1728, parents: 2647 },
  { district: "宝应县", code: "3132601347", name: "宝应县实验初级中学", stage: "初中", staff: 213, students: 2509, parents: 4341 },
  { district: "宝应县", code: "3132601411", name: "宝应县实验小学", stage: "小学", staff: 152, students: 2548, parents: 4529 },
  { district: "宝应县", code: "3132601488", name: "宝应县泾河学校", stage: "九年一贯制", staff: 139, students: 2049, parents: 3109 },
  { district: "宝应县", code: "3132601505", name: "宝应县实验幼儿园", stage: "幼儿园", staff: 39, students: 317, parents: 554 },
  { district: "宝应县", code: "3132601539", name: "宝应县中等专业学校", stage: "职业学校", staff: 205, students: 3301, parents: 3885 },
  { district: "宝应县", code: "3132601604", name: "宝应县特殊教育学校", stage: "特殊教育", staff: 39, students: 126, parents: 118 },
];
