import { formatNumber, formatPercent } from "../i18n/format";
import { renderMail } from "../mail/render-mail";

export interface ParticipationReminderInput {
  surveyId: string;
  surveyTitle: string;
  school: { code: string; name: string; responses: number; headcount: number; rate: number | null };
  target: number;
  /** Set when the mail goes to the district because the school has no administrator account. */
  districtName?: string;
  origin: string;
}

/**
 * The supervision reminder (督促提醒) to a school below the target: its response rate against the
 * target, and where to get its links and follow its participation. Chinese first, one English line.
 */
export function composeParticipationReminder(input: ParticipationReminderInput): { subject: string; text: string; html: string } {
  const { school, surveyTitle } = input;
  const pct = (x: number) => formatPercent(x, "zh-CN");
  const rate = school.rate === null ? "无法计算（未导入应参与人数）" : pct(school.rate);
  const subject = `督促提醒：「${surveyTitle}」${school.name}参与率 ${school.rate === null ? "待统计" : pct(school.rate)}`;
  const base = `${input.origin}/surveys/${encodeURIComponent(input.surveyId)}`;
  const { text, html } = renderMail([
    { p: input.districtName ? `${input.districtName}管理员您好：` : `${school.name}管理员您好：` },
    ...(input.districtName ? [{ p: `${school.name}还没有学校管理员账号，本提醒发给您所在的区。` }] : []),
    {
      p:
        `问卷「${surveyTitle}」在${school.name}目前回收 ${formatNumber(school.responses, "zh-CN")} 份` +
        (school.headcount > 0 ? `，应参与 ${formatNumber(school.headcount, "zh-CN")} 人` : "") +
        `，参与率 ${rate}，低于目标 ${pct(input.target)}。请组织尽快填写。`,
    },
    { link: `${base}/distribute`, label: "问卷链接、二维码和海报（分发页面）" },
    { link: `${base}/participation?org=${encodeURIComponent(school.code)}`, label: "本校参与情况" },
    { p: `Reminder: participation in "${surveyTitle}" at this school is below the target. The links above show the survey's links and the school's response rate.` },
    { p: "—— 问策 Wence" },
  ]);
  return { subject, text, html };
}
