import type { Messages } from "./zh-CN";

export const en: Messages = {
  app: {
    name: "Wence",
    tagline: "Listening to an education system",
    description: "Anonymous questionnaires for staff, students and parents that find where it hurts and turn suggestions into tracked measures.",
    switchLanguage: "中文",
  },
  phases: {
    launch: "Launch",
    study: "Study and survey",
    transform: "Turn into measures",
    review: "Review",
  },
  audiences: {
    staff: "Staff",
    student: "Students",
    parent: "Parents",
  },
  home: {
    currentCampaign: "Current campaign",
    noCampaign: "No campaign yet. An administrator can import schools and create the first campaign.",
    today: "Today",
    currentPhase: "Current phase",
    surveys: "Questionnaires",
    survey: "Questionnaire",
    audiences: "Audiences",
    responses: "Responses",
    published: "Published",
    draft: "Draft",
    participation: "Participation",
    orgs: "Coverage",
    districts: "districts",
    schools: "schools",
    responseRate: "Response rate",
    headcount: "Headcount",
    anonymity: "All questionnaires are anonymous: no names or phone numbers are collected, results are shown only in aggregate, and groups that are too small are never shown on their own.",
  },
  errors: {
    notFound: "Page not found",
    generic: "Something went wrong, please try again",
  },
};
