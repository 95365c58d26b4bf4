import { FilterForm } from "@/components/analytics/filter-form";
import { queryString } from "@/components/analytics/query-string";
import { ResultsView } from "@/components/analytics/results-view";
import { SurveyViewHeader } from "@/components/analytics/survey-view-header";
import { ViewProblem } from "@/components/analytics/view-problem";
import { getParticipation } from "@/lib/analytics/get-participation";
import { summarizeSurvey } from "@/lib/analytics/summarize-survey";
import { loadView, openSurveyPage, queryOf, type SearchParams } from "../open-survey-page";

export const dynamic = "force-dynamic";

export default async function SurveyResultsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const { t, locale, db, scopeOrgId, orgs, survey } = await openSurveyPage(id, `/surveys/${id}/results`);
  const q = await queryOf(searchParams);
  const base = { surveyId: id, scopeOrgId, org: q.org, audience: q.audience, stage: q.stage };
  const [summary, participation] = await Promise.all([
    loadView(() => summarizeSurvey(db, { ...base, from: q.from, to: q.to })),
    loadView(() => getParticipation(db, base)),
  ]);
  const exportQuery = queryString(q, ["org", "audience", "stage"]);
  return (
    <>
      <SurveyViewHeader t={t} survey={survey} current="results" query={queryString(q, ["org", "audience"])} />
      <FilterForm t={t} orgs={orgs} audiences={survey.audiences} values={q} show={{ org: true, audience: true, stage: true, dates: true }} resetHref={`/surveys/${id}/results`} />
      {summary.ok ? (
        <>
          <p className="exports no-print">
            <a href={`/api/surveys/${id}/export${queryString({ ...q, format: "xlsx", kind: "aggregates" }, ["org", "audience", "stage", "from", "to", "format", "kind"])}`} download>{t.results.exportAggregates}</a>
            <a href={`/api/surveys/${id}/export${exportQuery}${exportQuery ? "&" : "?"}format=xlsx`} download>{t.results.exportXlsx}</a>
            <a href={`/api/surveys/${id}/export${exportQuery}${exportQuery ? "&" : "?"}format=csv`} download>{t.results.exportCsv}</a>
          </p>
          <ResultsView t={t} locale={locale} summary={summary.data} participation={participation.ok ? participation.data : null} range={{ from: q.from, to: q.to }} />
        </>
      ) : (
        <ViewProblem t={t} kind={summary.kind} field={summary.field} />
      )}
    </>
  );
}
