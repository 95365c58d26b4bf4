import { zhCN } from "../i18n/zh-CN";
import { renderMail, type MailBlock } from "../mail/render-mail";
import { isOverdue } from "./get-finding";

export interface DigestAction {
  findingId: string;
  findingTitle: string;
  findingStatus: string;
  kind: string;
  description: string;
  dueOn: string;
  progress: number;
}

export interface DigestSections {
  overdue: DigestAction[];
  dueThisMonth: DigestAction[];
  later: DigestAction[];
}

/** Open actions by urgency: overdue (longest overdue first), due later this month, due after it. */
export function sortDigestActions(actions: DigestAction[], today: string): DigestSections {
  const month = today.slice(0, 7);
  const byDue = [...actions].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.findingTitle.localeCompare(b.findingTitle, "zh-CN"));
  return {
    overdue: byDue.filter((a) => isOverdue(a, today)),
    dueThisMonth: byDue.filter((a) => !isOverdue(a, today) && a.dueOn.slice(0, 7) === month),
    later: byDue.filter((a) => !isOverdue(a, today) && a.dueOn.slice(0, 7) > month),
  };
}

/**
 * The monthly digest (督办月报) to a unit's administrators: its open actions, overdue first, then
 * due this month, then later, each with its finding, status, due day, progress and link.
 */
export function composeMonthlyDigest(input: { unitName: string; today: string; actions: DigestAction[]; origin: string }): { subject: string; text: string; html: string } {
  const f = zhCN.findings;
  const [year, month] = input.today.split("-");
  const label = `${year}年${Number(month)}月`;
  const s = sortDigestActions(input.actions, input.today);
  const section = (title: string, list: DigestAction[]): MailBlock[] =>
    list.length === 0
      ? []
      : [
          { h: `${title}（${list.length} 项）` },
          {
            items: list.map((a) => ({
              lines: [
                `${a.findingTitle}（${f.statuses[a.findingStatus as keyof typeof f.statuses] ?? a.findingStatus}）`,
                `${f.actionKinds[a.kind as keyof typeof f.actionKinds] ?? a.kind}：${a.description}`,
                `完成期限 ${a.dueOn} · 进度 ${a.progress}%`,
              ],
              link: `${input.origin}/findings/${encodeURIComponent(a.findingId)}`,
            })),
          },
        ];
  const overdue = s.overdue.length > 0 ? `，其中 ${s.overdue.length} 项已逾期` : "";
  const subject = `督办月报（${label}）：${input.unitName}有 ${input.actions.length} 项举措未完成${overdue}`;
  const { text, html } = renderMail([
    { p: `${input.unitName}管理员您好：` },
    { p: `截至 ${input.today}，由${input.unitName}负责落实的举措中有 ${input.actions.length} 项尚未完成${overdue}。请按期推进，并在问策中更新进度和佐证材料。` },
    ...section("已逾期", s.overdue),
    ...section("本月到期", s.dueThisMonth),
    ...section("以后到期", s.later),
    { link: `${input.origin}/findings`, label: "全部意见与举措" },
    { p: "Monthly digest: the open actions your unit owns, overdue first. Update their progress in Wence." },
    { p: "—— 问策 Wence" },
  ]);
  return { subject, text, html };
}
