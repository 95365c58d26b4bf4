import { CrossTabView } from "@/components/analytics/crosstab-view";
import { FilterForm } from "@/components/analytics/filter-form";
import { queryString } from "@/components/analytics/query-string";
import { SurveyViewHeader } from "@/components/analytics/survey-view-header";
import { ViewProblem } from "@/components/analytics/view-problem";
import { crossTabulate, listCrossTabQuestions } from "@/lib/analytics/cross-tabulate";
import { loadView, openSurveyPage, queryOf, type SearchParams } from "../open-survey-page";

export const dynamic = "force-dynamic";

export default async function CrossTabPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const { t, locale, db, scopeOrgId, orgs, survey } = await openSurveyPage(id, `/surveys/${id}/crosstab`);
  const q = await queryOf(searchParams);
  const r = t.results;
  const options = await listCrossTabQuestions(db, id, scopeOrgId);
  const question = q.question ?? options.questions[0]?.value;
  const by = q.by ?? (survey.audiences.length > 1 ? "audience" : orgs[0]?.kind !== "school" ? "district" : (options.by[0]?.value ?? "stage"));
  const x = question === undefined ? null : await loadView(() => crossTabulate(db, { surveyId: id, scopeOrgId, question, by, org: q.org, audience: q.audience, stage: q.stage }));
  return (
    <>
      <SurveyViewHeader t={t} survey={survey} current="crosstab" query={queryString(q, ["org", "audience"])} />
      <h3>{r.crosstabTitle}</h3>
      <FilterForm t={t} orgs={orgs} audiences={survey.audiences} values={q} show={{ org: true, audience: true, stage: true }} resetHref={`/surveys/${id}/crosstab`}>
        <label className="wide">
          {r.question}
          <select name="question" defaultValue={question}>
            {options.questions.map((o) => <option key={o.value} value={o.value}>{o.text}</option>)}
          </select>
        </label>
        <label className="wide">
          {r.by}
          <select name="by" defaultValue={by}>
            <option value="audience">{r.byAudience}</option>
            {orgs.length > 1 && <option value="district">{r.byDistrict}</option>}
            <option value="stage">{r.byStage}</option>
            <optgroup label={r.byQuestionGroup}>
              {options.by.map((o) => <option key={o.value} value={o.value}>{o.text}</option>)}
            </optgroup>
          </select>
        </label>
      </FilterForm>
      {x === null ? (
        <p className="card">{r.noCrossTab}</p>
      ) : x.ok ? (
        <CrossTabView t={t} locale={locale} x={x.data} fileName={`${survey.title}-${r.crosstabTitle}`} />
      ) : (
        <ViewProblem t={t} kind={x.kind} field={x.field} />
      )}
    </>
  );
}
