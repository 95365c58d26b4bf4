"use client";

import type { Messages } from "@/lib/i18n/messages";
import { audiences as AUDIENCES, type Audience } from "@/lib/surveys/audiences";
import { ElementErrors } from "./element-errors";
import { TextField } from "./fields";
import type { Json, SurveyJson } from "./survey-json";

export interface SurveyMeta {
  title: string;
  audiences: Audience[];
  campaignId: string | null;
}

/** The questionnaire as a whole: title, audiences, campaign (when new), description, thank-you text. */
export function SurveySettings(props: {
  t: Messages;
  meta: SurveyMeta;
  json: SurveyJson;
  isNew: boolean;
  campaigns: { id: string; title: string; audiences: Audience[] }[];
  errors: string[];
  setMeta: (meta: SurveyMeta) => void;
  setJson: (props: Json) => void;
}) {
  const { t, meta } = props;
  const b = t.builder;
  const toggle = (a: Audience, on: boolean) => props.setMeta({ ...meta, audiences: AUDIENCES.filter((x) => (x === a ? on : meta.audiences.includes(x))) });
  // A new survey starts with its campaign's audiences, and follows the campaign chosen until they are changed by hand.
  const chooseCampaign = (id: string | null) => {
    const of = (c: string | null) => props.campaigns.find((x) => x.id === c)?.audiences;
    const before = of(meta.campaignId);
    const untouched = before !== undefined && before.length === meta.audiences.length && before.every((a) => meta.audiences.includes(a));
    props.setMeta({ ...meta, campaignId: id, audiences: untouched ? (of(id) ?? meta.audiences) : meta.audiences });
  };
  return (
    <section className="editor" aria-label={b.settings}>
      <p className="muted">{b.settings}</p>
      <ElementErrors errors={props.errors} />
      <TextField
        label={b.surveyTitle}
        value={meta.title}
        onChange={(v) => {
          props.setMeta({ ...meta, title: v ?? "" });
          props.setJson({ title: v });
        }}
      />
      <TextField label={b.surveyDescription} value={props.json.description} multiline onChange={(v) => props.setJson({ description: v })} />
      <fieldset className="items">
        <legend>{b.audiences}</legend>
        {AUDIENCES.map((a) => (
          <label key={a} className="check">
            <input type="checkbox" checked={meta.audiences.includes(a)} onChange={(e) => toggle(a, e.target.checked)} /> {t.audiences[a]}
          </label>
        ))}
      </fieldset>
      {props.isNew && (
        <div className="field">
          <label>
            {b.campaign}
            <select value={meta.campaignId ?? ""} onChange={(e) => chooseCampaign(e.target.value || null)}>
              <option value="">{b.noCampaign}</option>
              {props.campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <TextField label={b.completedHtml} value={props.json.completedHtml} multiline onChange={(v) => props.setJson({ completedHtml: v })} />
    </section>
  );
}
