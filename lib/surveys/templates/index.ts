import type { Audience } from "../audiences";
import staff from "./staff.json" with { type: "json" };
import student from "./student.json" with { type: "json" };
import parent from "./parent.json" with { type: "json" };
import suggestion from "./suggestion.json" with { type: "json" };

export type { Audience };

export interface SurveyTemplate {
  key: "staff" | "student" | "parent" | "suggestion";
  title: string;
  titleEn: string;
  audiences: Audience[];
  json: Record<string, unknown>;
}

// Titles come from the JSON so the list and the rendered survey never disagree.
export const surveyTemplates: SurveyTemplate[] = [
  { key: "staff", title: staff.title, titleEn: "Staff questionnaire", audiences: ["staff"], json: staff },
  { key: "student", title: student.title, titleEn: "Student questionnaire", audiences: ["student"], json: student },
  { key: "parent", title: parent.title, titleEn: "Parent questionnaire", audiences: ["parent"], json: parent },
  {
    key: "suggestion",
    title: suggestion.title,
    titleEn: "One suggestion for high-quality education",
    audiences: ["staff", "student", "parent"],
    json: suggestion,
  },
];

export function findTemplate(key: string): SurveyTemplate | undefined {
  return surveyTemplates.find((t) => t.key === key);
}
