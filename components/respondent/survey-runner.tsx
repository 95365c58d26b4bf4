"use client";

import { useEffect, useRef, useState } from "react";
import { Model } from "survey-core";
import "survey-core/i18n/simplified-chinese";
import "survey-core/survey-core.fontless.css";
import "./survey-base-theme.css";
import { Survey } from "survey-react-ui";
import { interpolate } from "@/lib/i18n/format";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { escapePipedHtml } from "./escape-piped-html";
import { loadDraft, markSubmitted, newSubmissionId, saveDraft } from "./draft-storage";
import { submitWithRetry } from "./submit-with-retry";

interface Props {
  code: string;
  json: unknown;
  locale: Locale;
  title: string;
  subtitle: string;
  messages: Messages["respondent"];
}

export function createSurveyModel(json: unknown, locale: Locale, title?: string): Model {
  const model = new Model(json);
  model.locale = locale === "en" ? "en" : "zh-cn";
  escapePipedHtml(model);
  // The page's one level-one heading is the questionnaire's title (SurveyJS renders it as a div).
  if (title && !model.title) model.title = title;
  model.onGetTitleTagName.add((_, options) => {
    if (options.element === model) options.tagName = "h1";
  });
  return model;
}

/** The questionnaire: keeps a draft on the device, and submits until the server acknowledges. */
export function SurveyRunner({ code, json, locale, title, subtitle, messages: t }: Props) {
  const [model] = useState(() => createSurveyModel(json, locale, title));
  const [status, setStatus] = useState<{ text: string; tone: "info" | "error" } | null>(null);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const draft = loadDraft(code);
    const submissionId = draft?.submissionId ?? newSubmissionId();
    const save = (pending = false) => saveDraft(code, { submissionId, data: model.data as Record<string, unknown>, pageNo: model.currentPageNo, pending });
    const onChange = () => save();
    const onComplete = async () => {
      const data = model.data as Record<string, unknown>;
      save(true);
      setStatus({ text: t.submitting, tone: "info" });
      // A personal e-mail link carries its secret in ?invite=: passed along, it marks that invitation answered.
      const invitation = new URLSearchParams(window.location.search).get("invite");
      const body = { id: submissionId, data, ...(invitation ? { invitation } : {}) };
      const outcome = await submitWithRetry(`/api/s/${encodeURIComponent(code)}/responses`, body, (n) =>
        setStatus({ text: interpolate(t.retrying, { n }), tone: "error" }),
      );
      if (outcome.ok) {
        markSubmitted(code, data);
        setStatus({ text: t.submitted, tone: "info" });
      } else {
        setStatus({ text: outcome.status === 422 ? t.rejected : interpolate(t.refused, { message: outcome.message }), tone: "error" });
        if (outcome.status === 422) {
          model.clear(false, false);
          model.data = data;
          model.currentPageNo = 0;
        }
      }
    };
    if (draft) {
      // The SurveyJS model is an external mutable store: survey-react-ui re-renders from its events.
      // eslint-disable-next-line react-hooks/immutability
      model.data = draft.data;
      model.currentPageNo = draft.pageNo;
      // The draft lives in localStorage, which the server cannot see: it is read after hydration.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      if (!draft.pending) setStatus({ text: t.resumed, tone: "info" });
    }
    model.onValueChanged.add(onChange);
    model.onCurrentPageChanged.add(onChange);
    model.onComplete.add(onComplete);
    if (draft?.pending) model.doComplete();
    return () => {
      model.onValueChanged.remove(onChange);
      model.onCurrentPageChanged.remove(onChange);
      model.onComplete.remove(onComplete);
    };
  }, [code, model, t]);
  // Runs after the effect above: tells tests and the page benchmark that answers are now kept.
  useEffect(() => mainRef.current?.setAttribute("data-ready", ""), []);

  return (
    <main ref={mainRef} className="respondent" id="main" lang={locale}>
      <header className="respondent-header">
        <p className="muted">{subtitle}</p>
        <p className="anonymous">{t.anonymous}</p>
      </header>
      <div role="status" aria-live="polite" className={status ? `status ${status.tone}` : "status"}>
        {status?.text}
      </div>
      <Survey model={model} />
      <noscript>{title}</noscript>
    </main>
  );
}
