import { ComparisonView } from "@/components/analytics/comparison-view";
import { FilterForm } from "@/components/analytics/filter-form";
import { queryString } from "@/components/analytics/query-string";
import { SurveyViewHeader } from "@/components/analytics/survey-view-header";
import { ViewProblem } from "@/components/analytics/view-problem";
import { compareDistricts, compareSchool } from "@/lib/analytics/compare-ratings";
import { loadView, openSurveyPage, queryOf, type SearchParams } from "../open-survey-page";

export const dynamic = "force-dynamic";

export default async function ComparePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const { t, db, scopeOrgId, orgs, survey } = await openSurveyPage(id, `/surveys/${id}/compare`);
  const q = await queryOf(searchParams);
  const r = t.results;
  const schools = orgs.filter((o) => o.kind === "school");
  // A school's own users have one school and no district to set beside it: their school is the view.
  const school = q.school ?? (schools.length === 1 ? schools[0]!.code : undefined);
  const input = { surveyId: id, scopeOrgId, audience: q.audience };
  const c = await loadView(() => (school === undefined ? compareDistricts(db, input) : compareSchool(db, { ...input, school })));
  const title = school === undefined ? r.compareDistricts : r.compareSchool;
  return (
    <>
      <SurveyViewHeader t={t} survey={survey} current="compare" query={queryString(q, ["org", "audience"])} />
      <h3>{r.compareTitle}</h3>
      <FilterForm t={t} orgs={orgs} audiences={survey.audiences} values={q} show={{ audience: true }} resetHref={`/surveys/${id}/compare`}>
        {schools.length > 1 && (
          <label>
            {r.pickSchool}
            <select name="school" defaultValue={q.school ?? ""}>
              <option value="">{r.compareDistricts}</option>
              {schools.map((s) => <option key={s.code} value={s.code}>{s.name}</option>)}
            </select>
          </label>
        )}
      </FilterForm>
      <p className="muted small">{r.compareScope}</p>
      {!c.ok ? (
        <ViewProblem t={t} kind={c.kind} field={c.field} />
      ) : c.data.items.length === 0 ? (
        <p className="card">{r.noRatings}</p>
      ) : c.data.groups.length === 0 ? (
        <p className="card">{r.noDistricts}</p>
      ) : (
        <ComparisonView t={t} c={c.data} k={survey.k} title={title} fileName={`${survey.title}-${title}`} />
      )}
    </>
  );
}
