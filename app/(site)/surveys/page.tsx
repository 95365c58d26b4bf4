import Link from "next/link";
import { formatNumber } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import { listSurveys } from "@/lib/surveys/list-surveys";
import { requestLocale } from "../../locale";
import { requirePageCaller } from "../../page-caller";

export const dynamic = "force-dynamic";

export default async function SurveysPage() {
  const caller = await requirePageCaller("/surveys");
  const locale = await requestLocale();
  const t = getMessages(locale);
  const r = t.results;
  const surveys = await listSurveys(caller);
  const state = { published: t.home.published, draft: t.home.draft, closed: r.closed } as Record<string, string>;
  return (
    <>
      <h2>{r.listTitle}</h2>
      <p className="muted">{r.listIntro}</p>
      {surveys.length === 0 ? (
        <p className="card">{r.noSurveys}</p>
      ) : (
        <ul className="survey-list">
          {surveys.map((s) => (
            <li key={s.id} className="card">
              <h3>
                <Link href={`/surveys/${s.id}`}>{s.title}</Link> <span className="badge">{state[s.state] ?? s.state}</span>
              </h3>
              <p className="muted small">
                {s.audiences.map((a) => t.audiences[a as keyof typeof t.audiences] ?? a).join("、")} · {r.responses} {formatNumber(s.responses, locale)}
              </p>
              <p className="links">
                <Link href={`/surveys/${s.id}`}>{r.tabResults}</Link>
                <Link href={`/surveys/${s.id}/participation`}>{r.tabParticipation}</Link>
                <Link href={`/surveys/${s.id}/compare`}>{r.tabCompare}</Link>
                <Link href={`/surveys/${s.id}/crosstab`}>{r.tabCrosstab}</Link>
                <Link href={`/surveys/${s.id}/report`}>{r.tabReport}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
