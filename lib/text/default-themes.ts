/**
 * The taxonomy a new installation starts from: the campaign's five areas, then common pain points.
 * Administrators edit names and keywords afterwards (PATCH /api/themes/{id}); the codes stay.
 */
export const DEFAULT_THEMES: { code: string; name: string; keywords: string[] }[] = [
  { code: "school_philosophy", name: "办学思想", keywords: ["办学思想", "办学理念", "办学方向", "办学特色", "特色学校", "育人目标", "校园文化"] },
  { code: "education_concept", name: "教育理念", keywords: ["教育理念", "素质教育", "唯分数", "分数论", "应试", "全面发展", "因材施教", "五育并举", "立德树人", "个性发展"] },
  { code: "institutions", name: "体制机制", keywords: ["体制机制", "编制", "临聘", "职称", "绩效", "评价制度", "考核", "管理制度", "集团化办学", "县管校聘", "经费"] },
  { code: "talent_development", name: "人才培养", keywords: ["人才培养", "课程设置", "社团", "兴趣", "劳动教育", "社会实践", "研学", "心理健康", "升学指导", "生涯规划", "创新能力", "综合素质"] },
  { code: "law_based_governance", name: "依法治校", keywords: ["依法治校", "规章制度", "校务公开", "公开透明", "体罚", "权益", "章程", "违规", "信息泄露", "个人信息"] },
  { code: "homework_burden", name: "课业负担", keywords: ["课业负担", "作业", "减负", "双减", "考试", "补课", "睡眠", "写到", "作业量", "刷题"] },
  { code: "after_school", name: "课后服务", keywords: ["课后服务", "延时服务", "课后延时服务", "弹性离校", "午托", "看护", "托管"] },
  { code: "home_school", name: "家校沟通", keywords: ["家校沟通", "家校合作", "家长群", "班级群", "家长会", "家委会", "开放日", "回复", "沟通", "通知"] },
  { code: "campus_safety", name: "校园安全", keywords: ["校园安全", "安全隐患", "欺凌", "受伤", "打闹", "监控", "护学岗", "门卫", "危险", "勒索"] },
  { code: "canteen", name: "食堂", keywords: ["食堂", "饭菜", "午餐", "午饭", "配餐", "营养餐", "伙食", "食品安全", "吃不饱", "荤菜"] },
  { code: "fees", name: "收费", keywords: ["收费", "费用", "资料费", "校服费", "代收费", "退费", "涨价", "价格", "乱收费"] },
  { code: "traffic", name: "交通", keywords: ["交通", "拥堵", "错峰放学", "错峰", "校车", "接送", "停车", "红绿灯", "路口", "公交"] },
  { code: "teachers", name: "师资", keywords: ["师资", "教师", "老师不够", "心理老师", "班主任", "教学水平", "师德", "流动性", "缺口", "教师培训"] },
  { code: "facilities", name: "设施", keywords: ["设施", "空调", "厕所", "操场", "体育馆", "图书馆", "教室", "课桌椅", "机房", "宿舍", "饮水机", "投影仪", "路灯"] },
];
