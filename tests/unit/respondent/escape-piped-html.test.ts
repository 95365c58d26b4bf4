import { describe, expect, it } from "vitest";
import { createSurveyModel } from "@/components/respondent/survey-runner";

const typed = `<img src=x onerror="window.__xss=1">`;

function answered() {
  const model = createSurveyModel(
    {
      completedHtml: "<p>谢谢 {nick}</p>",
      pages: [
        { name: "p1", elements: [{ type: "text", name: "nick" }] },
        { name: "p2", elements: [{ type: "html", name: "echo", html: "<p>你好，{nick}</p>" }, { type: "text", name: "t", title: "问 {nick}" }] },
      ],
    },
    "zh-CN",
  );
  model.setValue("nick", typed);
  return model;
}

describe("answers piped into the questionnaire", () => {
  it("arrive in an html question and on the completion page as text, never as markup", () => {
    const model = answered();
    const echo = model.getQuestionByName("echo") as unknown as { locHtml: { renderedHtml: string } };
    expect(echo.locHtml.renderedHtml).toBe("<p>你好，&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;</p>");
    expect(model.processedCompletedHtml).toBe("<p>谢谢 &lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;</p>");
  });

  it("stay as typed in a question's title, which React renders as text", () => {
    const model = answered();
    expect(model.getQuestionByName("t").locTitle.renderedHtml).toBe(`问 ${typed}`);
  });
});
