import { FilterForm } from "@/components/analytics/filter-form";
import { ParticipationView } from "@/components/analytics/participation-view";
import { queryString } from "@/components/analytics/query-string";
import { SurveyViewHeader } from "@/components/analytics/survey-view-header";
import { ViewProblem } from "@/components/analytics/view-problem";
import { getParticipation } from "@/lib/analytics/get-participation";
import { isAdminRole } from "@/lib/auth/roles";
import { loadView, openSurveyPage, queryOf, type SearchParams } from "../open-survey-page";

export const dynamic = "force-dynamic";

export default async function ParticipationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const { t, locale, db, scopeOrgId, orgs, survey, caller } = await openSurveyPage(id, `/surveys/${id}/participation`);
  const q = await queryOf(searchParams);
  // The target is entered as a percentage; anything unreadable falls back to the default.
  const percent = Number(q.target);
  const target = q.target !== undefined && Number.isFinite(percent) && percent >= 0 && percent <= 100 ? percent / 100 : undefined;
  const p = await loadView(() => getParticipation(db, { surveyId: id, scopeOrgId, org: q.org, audience: q.audience, stage: q.stage, target }));
  return (
    <>
      <SurveyViewHeader t={t} survey={survey} current="participation" query={queryString(q, ["org", "audience"])} />
      <h3>{t.results.participationTitle}</h3>
      <FilterForm t={t} orgs={orgs} audiences={survey.audiences} values={q} show={{ org: true, audience: true, stage: true }} resetHref={`/surveys/${id}/participation`}>
        <label>
          {t.results.target}
          <input type="number" name="target" min={0} max={100} step={1} defaultValue={String(Math.round((p.ok ? p.data.target : 0.6) * 100))} inputMode="numeric" />
        </label>
      </FilterForm>
      {p.ok ? <ParticipationView t={t} locale={locale} p={p.data} fileStem={survey.title} remind={isAdminRole(caller.role) ? { csrfToken: caller.csrfToken, surveyId: id, ...(q.audience ? { audience: q.audience } : {}) } : undefined} /> : <ViewProblem t={t} kind={p.kind} field={p.field} />}
    </>
  );
}
