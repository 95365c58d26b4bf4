import Link from "next/link";
import { SurveyList } from "@/components/surveys/survey-list";
import { isAdminRole } from "@/lib/auth/roles";
import { getMessages } from "@/lib/i18n/messages";
import { listSurveys } from "@/lib/surveys/list-surveys";
import { requestLocale } from "../../locale";
import { requirePageCaller } from "../../page-caller";

export const dynamic = "force-dynamic";

export default async function SurveysPage() {
  const caller = await requirePageCaller("/surveys");
  const locale = await requestLocale();
  const t = getMessages(locale);
  const canEdit = isAdminRole(caller.role);
  return (
    <>
      <div className="page-head">
        <h2>{t.surveys.title}</h2>
        {canEdit && (
          <Link className="button" href="/surveys/new">
            {t.surveys.newSurvey}
          </Link>
        )}
      </div>
      <p className="muted">{t.surveys.intro}</p>
      <SurveyList t={t} locale={locale} surveys={await listSurveys(caller)} canEdit={canEdit} />
    </>
  );
}
