import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages";

export type SurveyView = "results" | "participation" | "compare" | "crosstab" | "report";

/** The survey's title and the tabs between its result views; `query` keeps the unit and audience chosen. */
export function SurveyViewHeader({ t, survey, current, query = "" }: { t: Messages; survey: { id: string; title: string }; current: SurveyView; query?: string }) {
  const r = t.results;
  const tabs: [SurveyView, string, string][] = [
    ["results", r.tabResults, "/results"],
    ["participation", r.tabParticipation, "/participation"],
    ["compare", r.tabCompare, "/compare"],
    ["crosstab", r.tabCrosstab, "/crosstab"],
    ["report", r.tabReport, "/report"],
  ];
  return (
    <header className="view-header">
      <p className="muted small no-print">
        <Link href="/surveys">{r.listTitle}</Link>
      </p>
      <h2>{survey.title}</h2>
      <nav aria-label={r.tabs} className="tabs no-print">
        {tabs.map(([view, label, suffix]) => (
          <Link key={view} href={`/surveys/${survey.id}${suffix}${query}`} aria-current={view === current ? "page" : undefined}>
            {label}
          </Link>
        ))}
      </nav>
    </header>
  );
}
