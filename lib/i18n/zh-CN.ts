// Simplified Chinese is the source language: every other locale must have the same keys.
export const zhCN = {
  app: {
    name: "问策",
    tagline: "教育系统意见征集与分析",
    description: "面向教职工、学生和家长的匿名问卷，查找痛点难点堵点，把意见建议转化为可跟踪的举措。",
    switchLanguage: "English",
  },
  phases: {
    launch: "宣传发动",
    study: "学习调研",
    transform: "实践转化",
    review: "持续深化",
  },
  audiences: {
    staff: "教职工",
    student: "学生",
    parent: "家长",
  },
  home: {
    currentCampaign: "当前活动",
    noCampaign: "还没有活动。管理员可导入学校并创建第一个活动。",
    today: "今天",
    currentPhase: "当前阶段",
    surveys: "问卷",
    survey: "问卷",
    audiences: "调查对象",
    responses: "答卷数",
    published: "已发布",
    draft: "草稿",
    participation: "参与情况",
    orgs: "覆盖范围",
    districts: "个区县",
    schools: "所学校",
    responseRate: "参与率",
    headcount: "应答人数",
    anonymity: "所有问卷均匿名填写，不收集姓名、电话等个人信息；结果仅以汇总形式呈现，人数过少的群体不单独显示。",
  },
  errors: {
    notFound: "页面不存在",
    generic: "出错了，请稍后重试",
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof zhCN>;
