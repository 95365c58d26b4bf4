import Link from "next/link";
import { interpolate } from "@/lib/i18n/format";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { listQuestions } from "@/lib/surveys/list-questions";
import { surveyTemplates } from "@/lib/surveys/templates";

/** Where a new survey starts: empty, or one of the reviewed templates. */
export function TemplatePicker({ t, locale }: { t: Messages; locale: Locale }) {
  return (
    <ul className="template-grid">
      <li className="card">
        <h3>{t.surveys.empty}</h3>
        <p className="muted">{t.surveys.emptyHint}</p>
        <Link className="button" href="/surveys/new?template=empty">
          {t.surveys.use} · {t.surveys.empty}
        </Link>
      </li>
      {surveyTemplates.map((tpl) => {
        const title = locale === "en" ? tpl.titleEn : tpl.title;
        return (
          <li key={tpl.key} className="card">
            <h3>{title}</h3>
            <p className="muted">
              {tpl.audiences.map((a) => t.audiences[a]).join("、")} · {interpolate(t.surveys.templateHint, { n: listQuestions(tpl.json).length })}
            </p>
            <Link className="button" href={`/surveys/new?template=${tpl.key}`}>
              {t.surveys.use} · {title}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
