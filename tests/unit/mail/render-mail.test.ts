import { describe, expect, it } from "vitest";
import { composeParticipationReminder } from "@/lib/analytics/compose-participation-reminder";
import { composeMonthlyDigest } from "@/lib/findings/compose-monthly-digest";

describe("notification mails", () => {
  it("never turn a title or name into markup", () => {
    const hostile = `<img src=x onerror="alert(1)">「问卷」&`;
    const reminder = composeParticipationReminder({ surveyId: "s1", surveyTitle: hostile, school: { code: "1", name: "<b>学校</b>", responses: 1, headcount: 10, rate: 0.1 }, target: 0.6, origin: "https://w.example.cn" });
    const digest = composeMonthlyDigest({ unitName: "<i>区</i>", today: "2026-11-10", origin: "https://w.example.cn", actions: [{ findingId: `"x"`, findingTitle: hostile, findingStatus: "adopted", kind: "measure", description: "<script>", dueOn: "2026-11-01", progress: 0 }] });
    for (const html of [reminder.html, digest.html]) {
      expect(html).not.toMatch(/<(img|b|i|script)[\s>]/);
      expect(html).toContain("&lt;");
    }
    // The text part keeps the words as written.
    expect(reminder.text).toContain(hostile);
    expect(digest.text).toContain("<script>");
  });

  it("says when a school has no headcount instead of a rate", () => {
    const m = composeParticipationReminder({ surveyId: "s1", surveyTitle: "问卷", school: { code: "1", name: "某校", responses: 0, headcount: 0, rate: null }, target: 0.6, origin: "https://w.example.cn" });
    expect(m.subject).toBe("督促提醒：「问卷」某校参与率 待统计");
    expect(m.text).toContain("目前回收 0 份，参与率 无法计算（未导入应参与人数），低于目标 60%。");
  });
});
