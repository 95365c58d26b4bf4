import { SurveyBuilder } from "@/components/builder/survey-builder";
import { surveyIconMarkup } from "@/components/respondent/survey-icon-markup";
import { TemplatePicker } from "@/components/surveys/template-picker";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { getMessages } from "@/lib/i18n/messages";
import { findTemplate } from "@/lib/surveys/templates";
import { requestLocale } from "../../../locale";
import { requirePageCaller } from "../../../page-caller";

export const dynamic = "force-dynamic";

const ADMINS = ["city_admin", "district_admin", "school_admin"] as const;

/** A new survey: pick a start, then build it; nothing is stored until the first save. */
export default async function NewSurveyPage({ searchParams }: { searchParams: Promise<{ template?: string }> }) {
  const caller = await requirePageCaller("/surveys/new", ADMINS);
  const locale = await requestLocale();
  const t = getMessages(locale);
  const key = (await searchParams).template;
  const template = key ? findTemplate(key) : undefined;
  if (!template && key !== "empty") {
    return (
      <>
        <h2>{t.surveys.newSurvey}</h2>
        <p>{t.surveys.startFrom}</p>
        <TemplatePicker t={t} locale={locale} />
      </>
    );
  }
  const campaigns = (await listCampaigns(caller)).map((c) => ({ id: c.id, title: c.title, audiences: c.audiences }));
  const initial = {
    id: null,
    title: template?.title ?? "",
    // A template names its own audiences; an empty start asks whom the campaign asks.
    audiences: template?.audiences ?? campaigns[0]?.audiences ?? [],
    campaignId: campaigns[0]?.id ?? null,
    state: "draft",
    editable: true,
    publishedVersion: null,
    versions: [],
    json: template?.json ?? {},
  };
  return <SurveyBuilder t={t} locale={locale} csrfToken={caller.csrfToken} initial={initial} campaigns={campaigns} iconSprite={surveyIconMarkup()} />;
}
