import { notFound } from "next/navigation";
import { OrgSelect } from "@/components/analytics/org-select";
import { KeywordSummaryView } from "@/components/findings/keyword-summary-view";
import { TextSelection } from "@/components/findings/text-selection";
import { resolveCallerScope } from "@/lib/analytics/resolve-caller-scope";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { getMessages } from "@/lib/i18n/messages";
import { listOrgsInScope } from "@/lib/orgs/list-orgs-in-scope";
import { listTexts } from "@/lib/text/list-texts";
import { summarizeTexts } from "@/lib/text/summarize-texts";
import { textsQuery } from "@/lib/text/texts-query";
import { loadThemes } from "@/lib/text/theme-taxonomy";
import { requestLocale } from "../../../../locale";
import { requirePageCaller } from "../../../../page-caller";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string>> };

export default async function TextsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const caller = await requirePageCaller(`/surveys/${id}/texts`);
  const locale = await requestLocale();
  const t = getMessages(locale);
  const query = textsQuery.safeParse(await searchParams);
  const q = query.success ? query.data : {};
  const db = await getDb();
  const loaded = await resolveCallerScope(caller, id)
    // One after the other: both first analyse pending answers, which writes.
    .then(async (scopeOrgId) => [
      await listTexts(db, { surveyId: id, scopeOrgId, ...q }),
      await summarizeTexts(db, { surveyId: id, scopeOrgId, org: q.org, audience: q.audience, question: q.question }),
      await listOrgsInScope(caller),
    ] as const)
    .catch((e: unknown) => (isAppError(e) && e.code === "NOT_FOUND" ? null : Promise.reject(e)));
  if (!loaded) notFound();
  const [list, summary, orgs] = loaded;
  const themes = (await loadThemes(db)).filter((x) => x.active);
  const theme = q.theme;
  return (
    <>
      <h2>{t.findings.texts}</h2>
      <form className="card form inline-form" method="get">
        <OrgSelect t={t} orgs={orgs} value={q.org} />
        <label>
          {t.findings.theme}
          <select name="theme" defaultValue={theme ?? ""}>
            <option value="">{t.findings.allThemes}</option>
            {themes.map((x) => (
              <option key={x.code} value={x.code}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.findings.search}
          <input name="q" defaultValue={q.q ?? ""} maxLength={100} />
        </label>
        <button type="submit">{t.findings.search}</button>
      </form>
      <KeywordSummaryView t={t} locale={locale} summary={summary} fileStem={t.findings.texts} />
      {list.suppressed && <p className="card">{t.findings.suppressed}</p>}
      {list.pending > 0 && <p className="muted">{`${list.pending} ${t.findings.pending}`}</p>}
      {!list.suppressed && list.items.length === 0 && <p className="card">{t.findings.noTexts}</p>}
      <TextSelection t={t} csrfToken={caller.csrfToken} surveyId={id} items={list.items} themes={themes.map(({ code, name }) => ({ code, name }))} theme={theme} />
    </>
  );
}
