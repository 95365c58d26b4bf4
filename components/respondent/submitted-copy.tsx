"use client";

import { useEffect, useState } from "react";
import "survey-core/survey-core.fontless.css";
import "./survey-base-theme.css";
import { Survey } from "survey-react-ui";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { loadSubmitted } from "./draft-storage";
import { createSurveyModel } from "./survey-runner";

/** A read-only view of what this device submitted, from the copy kept on the device. */
export function SubmittedCopy({ code, json, locale, messages: t }: { code: string; json: unknown; locale: Locale; messages: Messages["respondent"] }) {
  const [model, setModel] = useState<ReturnType<typeof createSurveyModel> | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    const data = loadSubmitted(code);
    if (!data) {
      // The copy lives in localStorage, which the server cannot see: it is read after hydration.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setMissing(true);
      return;
    }
    const m = createSurveyModel(json, locale);
    m.mode = "display";
    m.data = data;
    m.showCompletedPage = false;
    m.questionsOnPageMode = "singlePage";
    m.showTitle = false; // the notice above names the questionnaire
    setModel(m);
  }, [code, json, locale]);
  if (missing) return <p className="muted">{t.noCopy}</p>;
  if (!model) return null;
  return (
    <section aria-label={t.yourAnswers}>
      <h2>{t.yourAnswers}</h2>
      <Survey model={model} />
    </section>
  );
}
