"use client";

import { useDeferredValue, useEffect, useMemo } from "react";
import { Survey } from "survey-react-ui";
import { createSurveyModel } from "@/components/respondent/survey-runner";
import { interpolate } from "@/lib/i18n/format";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { sanitizeSurveyJson } from "@/lib/surveys/sanitize-survey-json";
import type { SurveyJson } from "./survey-json";

// The icons come from the server as sprite markup (surveyIconMarkup, decision 010), also on a
// client-side navigation; registering them here would put them in every phone's SurveyJS chunk.

let generation = 0;

/**
 * The questionnaire as a respondent's phone shows it: the real renderer, on a 390 px wide
 * screen, from the definition sanitised exactly as the respondent page sanitises it. It follows
 * the page selected in the builder.
 */
export function SurveyPreview(props: { t: Messages["builder"]; locale: Locale; json: SurveyJson; title: string; page: number; iconSprite: string }) {
  const json = useDeferredValue(props.json);
  const built = useMemo(() => {
    try {
      return { model: createSurveyModel(sanitizeSurveyJson(json), props.locale, props.title), key: ++generation, error: null };
    } catch (e) {
      return { model: null, key: ++generation, error: (e as Error).message };
    }
  }, [json, props.locale, props.title]);

  useEffect(() => {
    const target = built.model?.pages[props.page];
    // The model is survey-react-ui's external store; moving to a page re-renders it.
    // eslint-disable-next-line react-hooks/immutability
    if (built.model && target?.isVisible) built.model.currentPage = target;
  }, [built, props.page]);

  return (
    <section className="preview" aria-label={props.t.preview}>
      <h3>{props.t.preview}</h3>
      <p className="hint">{props.t.previewHint}</p>
      <svg style={{ display: "none" }} aria-hidden="true" dangerouslySetInnerHTML={{ __html: props.iconSprite }} />
      <div className="phone-frame" data-testid="phone-preview">
        <div className="respondent phone-screen" lang={props.locale}>
          {built.model ? <Survey key={built.key} model={built.model} /> : <p className="field-error">{interpolate(props.t.previewError, { message: built.error ?? "" })}</p>}
        </div>
      </div>
    </section>
  );
}
