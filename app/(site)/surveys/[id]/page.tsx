import { SurveyBuilder } from "@/components/builder/survey-builder";
import { surveyIconMarkup } from "@/components/respondent/survey-icon-markup";
import { getMessages } from "@/lib/i18n/messages";
import { isAudience } from "@/lib/surveys/audiences";
import { getSurvey } from "@/lib/surveys/get-survey";
import { requestLocale } from "../../../locale";
import { orNotFound } from "../../../or-not-found";
import { requirePageCaller } from "../../../page-caller";

export const dynamic = "force-dynamic";

export default async function SurveyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await requirePageCaller(`/surveys/${id}`);
  const locale = await requestLocale();
  const survey = await orNotFound(getSurvey(caller, id));
  const initial = { ...survey, audiences: survey.audiences.filter(isAudience) };
  return <SurveyBuilder key={id} t={getMessages(locale)} locale={locale} csrfToken={caller.csrfToken} initial={initial} campaigns={[]} iconSprite={surveyIconMarkup()} />;
}
