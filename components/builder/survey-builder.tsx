"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { interpolate } from "@/lib/i18n/format";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { Audience } from "@/lib/surveys/audiences";
import { conditionTargets } from "./condition-targets";
import * as edit from "./edit-survey";
import { JsonTransfer } from "./json-transfer";
import { PageEditor } from "./page-editor";
import { QuestionEditor } from "./question-editor";
import type { SaveIssues } from "./save-issues";
import { SurveyOutline } from "./survey-outline";
import { SurveyPreview } from "./survey-preview";
import { namedElements, normalizeSurvey, type Selection, type SurveyJson } from "./survey-json";
import { SurveySettings, type SurveyMeta } from "./survey-settings";
import { useSurveyServer } from "./use-survey-server";
import { VersionHistory, type VersionRow } from "./version-history";

export interface BuilderSurvey {
  id: string | null;
  title: string;
  audiences: Audience[];
  campaignId: string | null;
  state: string;
  editable: boolean;
  publishedVersion: number | null;
  versions: VersionRow[];
  json: unknown;
}

const NO_ISSUES: SaveIssues = { byName: new Map(), general: [] };

/** The questionnaire builder: structure, the selected element's editor, and a phone preview. */
export function SurveyBuilder(props: { t: Messages; locale: Locale; csrfToken: string; initial: BuilderSurvey; campaigns: { id: string; title: string; audiences: Audience[] }[]; iconSprite: string }) {
  const { t, locale } = props;
  const b = t.builder;
  const [survey, setSurvey] = useState(props.initial);
  const [json, setJsonState] = useState<SurveyJson>(() => normalizeSurvey(props.initial.json));
  const [meta, setMeta] = useState<SurveyMeta>({ title: props.initial.title, audiences: props.initial.audiences, campaignId: props.initial.campaignId });
  const [selection, setSelection] = useState<Selection>(props.initial.id ? { kind: "page", page: 0 } : { kind: "survey" });
  const [dirty, setDirty] = useState(false);
  const [issues, setIssues] = useState<SaveIssues>(NO_ISSUES);
  const readOnly = !survey.editable;

  const change = (next: SurveyJson, nextSelection?: Selection) => {
    setJsonState(next);
    if (nextSelection) setSelection(nextSelection);
    setDirty(true);
  };
  const server = useSurveyServer({ t, csrfToken: props.csrfToken, survey, json, meta, setSurvey, setJson: setJsonState, setIssues, setDirty });

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const named = useMemo(() => namedElements(json), [json]);
  const errorNames = new Set(issues.byName.keys());
  const errorsOf = (name: string | undefined) => (name ? (issues.byName.get(name) ?? []) : []);

  const choiceLabels = { choice: (n: number) => interpolate(b.choiceN, { n }) };
  const page = selection.kind === "survey" ? 0 : selection.page;
  const selectedQuestion = selection.kind === "question" ? json.pages[selection.page]?.elements[selection.index] : undefined;

  return (
    <div className="builder-page">
      <header className="builder-bar">
        <div>
          <h2>{meta.title || b.untitled}</h2>
          <p className="muted">
            <span className="badge">{t.surveys[survey.state as "draft" | "published" | "closed"] ?? survey.state}</span>{" "}
            {survey.versions[0] && interpolate(t.surveys.versionN, { n: survey.versions[0].number })} {dirty && <strong>· {b.unsaved}</strong>}
          </p>
        </div>
        <div className="actions">
          {!readOnly && (
            <>
              <button type="button" onClick={() => void server.save()} disabled={server.busy}>
                {b.save}
              </button>
              <button type="button" onClick={() => void server.publish(dirty)} disabled={server.busy}>
                {b.publish}
              </button>
            </>
          )}
          {survey.id && <Link href={`/surveys/${survey.id}/distribute`}>{b.distribute}</Link>}
          <Link href="/surveys">{b.backToList}</Link>
        </div>
      </header>
      <div role="status" aria-live="polite" className={server.status ? `status ${server.status.tone}` : "status"}>
        {server.status?.text}
        {issues.general.length > 0 && (
          <ul>
            {issues.general.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        )}
      </div>
      {readOnly && <p className="card muted">{b.readOnly}</p>}
      <div className="builder">
        <SurveyOutline
          t={t}
          json={json}
          selection={selection}
          errorNames={errorNames}
          readOnly={readOnly}
          select={setSelection}
          addPage={() => change(edit.addPage(json), { kind: "page", page: json.pages.length })}
          movePage={(p, by) => change(edit.movePage(json, p, by), { kind: "page", page: Math.max(0, Math.min(json.pages.length - 1, p + by)) })}
          removePage={(p) => {
            const n = json.pages[p]?.elements.length ?? 0;
            if (n === 0 || window.confirm(interpolate(b.removePageConfirm, { n: p + 1, count: n }))) change(edit.removePage(json, p), { kind: "page", page: Math.max(0, p - 1) });
          }}
          addQuestion={(p, type) => {
            const added = edit.addQuestion(json, p, type, choiceLabels);
            change(added.survey, { kind: "question", page: p, index: added.index });
          }}
          moveQuestion={(p, i, by) => {
            const moved = edit.moveQuestion(json, p, i, by);
            change(moved.survey, { kind: "question", page: moved.page, index: moved.index });
          }}
          removeQuestion={(p, i) => {
            if (window.confirm(b.removeQuestionConfirm)) change(edit.removeQuestion(json, p, i), { kind: "page", page: p });
          }}
        />
        <fieldset className="builder-editor" disabled={readOnly}>
          {selection.kind === "survey" && (
            <SurveySettings
              t={t}
              meta={meta}
              json={json}
              isNew={survey.id === null}
              campaigns={props.campaigns}
              errors={[...errorsOf("title"), ...errorsOf("audiences"), ...errorsOf("campaignId")]}
              setMeta={(m) => {
                setMeta(m);
                setDirty(true);
              }}
              setJson={(p) => change(edit.setSurveyProps(json, p))}
            />
          )}
          {selection.kind === "page" && json.pages[selection.page] && (
            <PageEditor
              key={`page-${selection.page}`}
              t={t}
              page={json.pages[selection.page]!}
              number={selection.page + 1}
              targets={conditionTargets(named.filter((e) => e.page < selection.page))}
              errors={errorsOf(json.pages[selection.page]!.name)}
              set={(p) => change(edit.setPageProps(json, selection.page, p))}
            />
          )}
          {selection.kind === "question" && selectedQuestion && (
            <QuestionEditor
              key={`q-${selection.page}-${selection.index}`}
              t={t}
              q={selectedQuestion}
              targets={conditionTargets(named, selectedQuestion.name)}
              errors={errorsOf(selectedQuestion.name)}
              set={(p) => change(edit.setQuestionProps(json, selection.page, selection.index, p))}
            />
          )}
          {selection.kind === "question" && !selectedQuestion && <p className="muted">{b.selectHint}</p>}
        </fieldset>
        <SurveyPreview t={b} locale={locale} json={json} title={meta.title} page={page} iconSprite={props.iconSprite} />
      </div>
      <JsonTransfer
        t={b}
        json={json}
        fileName={meta.title || "survey"}
        readOnly={readOnly}
        onImport={(imported) => {
          change(normalizeSurvey(imported), { kind: "page", page: 0 });
          setIssues(NO_ISSUES);
        }}
      />
      {survey.id && survey.versions.length > 0 && <VersionHistory t={b} csrfToken={props.csrfToken} surveyId={survey.id} versions={survey.versions} genericError={t.errors.generic} />}
    </div>
  );
}
