import { describe, expect, it } from "vitest";
import { composeInvitationMail } from "@/lib/invitations/compose-invitation-mail";

describe("composeInvitationMail", () => {
  it("escapes the survey title in the HTML part and keeps it readable in the text part", () => {
    const mail = composeInvitationMail({ kind: "invitation", surveyTitle: `<img src=x onerror="alert(1)">减负`, schoolName: "测试小学", url: "https://wence.example.cn/s/abc?invite=s3cret", closesOn: "2026-12-31" });
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;减负");
    expect(mail.text).toContain(`「<img src=x onerror="alert(1)">减负」`);
    expect(mail.text).toContain("https://wence.example.cn/s/abc?invite=s3cret");
    expect(mail.text).toContain("2026-12-31");
  });
});
