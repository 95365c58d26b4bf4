export interface InvitationMailInput {
  kind: "invitation" | "reminder";
  surveyTitle: string;
  schoolName: string;
  /** The personal link, secret included. */
  url: string;
  closesOn: string | null;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The invitation or reminder mail, Chinese first with an English line. Nothing from the survey is
 * inserted as markup: titles are escaped in the HTML part.
 */
export function composeInvitationMail(input: InvitationMailInput): { subject: string; text: string; html: string } {
  const reminder = input.kind === "reminder";
  const subject = reminder ? `提醒：请填写问卷「${input.surveyTitle}」` : `邀请您填写问卷「${input.surveyTitle}」`;
  const lead = reminder
    ? `${input.schoolName}的问卷「${input.surveyTitle}」还在等待您的意见。如您已经提交，请忽略本邮件。`
    : `${input.schoolName}邀请您参加问卷「${input.surveyTitle}」。`;
  const deadline = input.closesOn ? `问卷将于 ${input.closesOn} 结束。` : "";
  const privacy = "问卷匿名填写：系统只记录这个链接是否已经用过，不会把您的邮箱与答卷关联。链接仅供您本人使用一次，请勿转发。";
  const english = reminder
    ? "Reminder: an anonymous survey is waiting for you. Wence only records whether this link was used, never which answers came from it."
    : "You are invited to an anonymous survey. Wence only records whether this link was used, never which answers came from it.";
  const text = ["您好！", "", lead, deadline, "", "请点击下面的专属链接填写：", input.url, "", privacy, "", english, "", "—— 问策 Wence"].filter((l, i, all) => l !== "" || all[i - 1] !== "").join("\n");
  const html = [
    `<p>您好！</p>`,
    `<p>${escapeHtml(lead)}${escapeHtml(deadline)}</p>`,
    `<p><a href="${escapeHtml(input.url)}">点击这里填写问卷</a><br>${escapeHtml(input.url)}</p>`,
    `<p>${escapeHtml(privacy)}</p>`,
    `<p lang="en">${escapeHtml(english)}</p>`,
    `<p>—— 问策 Wence</p>`,
  ].join("\n");
  return { subject, text, html };
}
