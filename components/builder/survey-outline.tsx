"use client";

import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { AddQuestion } from "./add-question";
import { questionLabel, type Selection, type SurveyJson } from "./survey-json";

interface Props {
  t: Messages;
  json: SurveyJson;
  selection: Selection;
  /** Element names (and page names) with errors from the last save. */
  errorNames: Set<string>;
  readOnly: boolean;
  select: (s: Selection) => void;
  movePage: (page: number, by: -1 | 1) => void;
  removePage: (page: number) => void;
  addPage: () => void;
  addQuestion: (page: number, type: string) => void;
  moveQuestion: (page: number, index: number, by: -1 | 1) => void;
  removeQuestion: (page: number, index: number) => void;
}

/** Pages and their questions, in order: select one to edit it, move or delete it, add more. */
export function SurveyOutline(props: Props) {
  const { t, json, selection } = props;
  const b = t.builder;
  const isSelected = (s: Selection) => JSON.stringify(s) === JSON.stringify(selection);
  return (
    <nav className="outline" aria-label={b.outline}>
      <h3>{b.outline}</h3>
      <button type="button" className={isSelected({ kind: "survey" }) ? "pick selected" : "pick"} aria-current={isSelected({ kind: "survey" }) || undefined} onClick={() => props.select({ kind: "survey" })}>
        {b.settings}
      </button>
      <ol className="pages">
        {json.pages.map((page, p) => {
          const pageLabel = interpolate(b.page, { n: p + 1 }) + (typeof page.title === "string" && page.title ? ` · ${page.title}` : "");
          return (
            <li key={`${page.name}-${p}`} className={props.errorNames.has(page.name) ? "has-error" : undefined}>
              <div className="outline-row page-row">
                <button type="button" className={isSelected({ kind: "page", page: p }) ? "pick selected" : "pick"} aria-current={isSelected({ kind: "page", page: p }) || undefined} onClick={() => props.select({ kind: "page", page: p })}>
                  {pageLabel}
                </button>
                {!props.readOnly && (
                  <span className="row-actions">
                    <button type="button" onClick={() => props.movePage(p, -1)} disabled={p === 0} aria-label={`${b.moveUp} ${pageLabel}`}>↑</button>
                    <button type="button" onClick={() => props.movePage(p, 1)} disabled={p === json.pages.length - 1} aria-label={`${b.moveDown} ${pageLabel}`}>↓</button>
                    <button type="button" onClick={() => props.removePage(p)} aria-label={`${b.remove} ${pageLabel}`}>×</button>
                  </span>
                )}
              </div>
              <ol className="questions">
                {page.elements.length === 0 && <li className="muted">{b.emptyPage}</li>}
                {page.elements.map((q, i) => {
                  const label = questionLabel(q);
                  const here = { kind: "question", page: p, index: i } as const;
                  return (
                    <li key={`${q.name ?? q.type}-${i}`} className={q.name && props.errorNames.has(q.name) ? "has-error" : undefined}>
                      <div className="outline-row">
                        <button type="button" className={isSelected(here) ? "pick selected" : "pick"} aria-current={isSelected(here) || undefined} onClick={() => props.select(here)}>
                          <span className="type-tag">{t.questionTypes[q.type as keyof typeof t.questionTypes] ?? q.type}</span> {label}
                          {q.visibleIf ? <span className="badge" title={String(q.visibleIf)}>{b.condition}</span> : null}
                        </button>
                        {!props.readOnly && (
                          <span className="row-actions">
                            <button type="button" onClick={() => props.moveQuestion(p, i, -1)} disabled={p === 0 && i === 0} aria-label={`${b.moveUp} ${label}`}>↑</button>
                            <button type="button" onClick={() => props.moveQuestion(p, i, 1)} disabled={p === json.pages.length - 1 && i === page.elements.length - 1} aria-label={`${b.moveDown} ${label}`}>↓</button>
                            <button type="button" onClick={() => props.removeQuestion(p, i)} aria-label={`${b.remove} ${label}`}>×</button>
                          </span>
                        )}
                      </div>
                    </li>
                  );
                })}
              </ol>
              {!props.readOnly && <AddQuestion t={t} label={`${b.addQuestion} · ${interpolate(b.page, { n: p + 1 })}`} onAdd={(type) => props.addQuestion(p, type)} />}
            </li>
          );
        })}
      </ol>
      {!props.readOnly && (
        <button type="button" className="secondary" onClick={props.addPage}>
          + {b.addPage}
        </button>
      )}
    </nav>
  );
}
