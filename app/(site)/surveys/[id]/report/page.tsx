import { FilterForm } from "@/components/analytics/filter-form";
import { PrintButton } from "@/components/analytics/print-button";
import { queryString } from "@/components/analytics/query-string";
import { ResultsView } from "@/components/analytics/results-view";
import { SurveyViewHeader } from "@/components/analytics/survey-view-header";
import { ViewProblem } from "@/components/analytics/view-problem";
import { getParticipation } from "@/lib/analytics/get-participation";
import { summarizeSurvey } from "@/lib/analytics/summarize-survey";
import { interpolate } from "@/lib/i18n/format";
import { loadView, openSurveyPage, queryOf, type SearchParams } from "../open-survey-page";

export const dynamic = "force-dynamic";

export default async function ReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const { t, locale, db, scopeOrgId, orgs, survey } = await openSurveyPage(id, `/surveys/${id}/report`);
  const q = await queryOf(searchParams);
  const r = t.results;
  const base = { surveyId: id, scopeOrgId, org: q.org, audience: q.audience };
  const [summary, participation] = await Promise.all([loadView(() => summarizeSurvey(db, base)), loadView(() => getParticipation(db, base))]);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(new Date());
  return (
    <article className="report">
      <SurveyViewHeader t={t} survey={survey} current="report" query={queryString(q, ["org", "audience"])} />
      <FilterForm t={t} orgs={orgs} audiences={survey.audiences} values={q} show={{ org: true, audience: true }} resetHref={`/surveys/${id}/report`}>
        <PrintButton label={r.print} />
      </FilterForm>
      {summary.ok ? (
        <>
          <header className="report-head">
            <h3>
              {r.reportTitle} · {summary.data.org.name}
              {q.audience && ` · ${t.audiences[q.audience as keyof typeof t.audiences] ?? q.audience}`}
            </h3>
            <p className="muted small">{interpolate(r.generated, { time })}</p>
            <p className="small">{interpolate(r.reportIntro, { k: survey.k })}</p>
          </header>
          <ResultsView t={t} locale={locale} summary={summary.data} participation={participation.ok ? participation.data : null} range={{}} />
        </>
      ) : (
        <ViewProblem t={t} kind={summary.kind} field={summary.field} />
      )}
    </article>
  );
}
