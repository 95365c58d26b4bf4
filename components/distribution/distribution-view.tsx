"use client";

import { useState } from "react";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { Audience } from "@/lib/surveys/audiences";
import type { LinkOut } from "@/lib/surveys/generate-links-for-caller";
import type { InvitationCounts } from "@/lib/invitations/list-invitation-counts";
import { GenerateLinksForm } from "./generate-links-form";
import { InvitationSection } from "./invitation-section";
import { LinkRow } from "./link-row";
import { SurveyWindowForm, type WindowSurvey } from "./survey-window-form";

const key = (l: LinkOut) => `${l.school}/${l.audience}`;

/** The distribution page: answering dates, making links, the links with their QR codes, e-mail invitations. */
export function DistributionView(props: {
  t: Messages;
  csrfToken: string;
  survey: WindowSurvey & { title: string; audiences: Audience[] };
  studyPhase: { startsOn: string; endsOn: string } | null;
  links: LinkOut[];
  orgs: { code: string; name: string; kind: string }[];
  invitations: InvitationCounts[];
  mailConfigured: boolean;
}) {
  const { t } = props;
  const d = t.distribution;
  const [links, setLinks] = useState(props.links);
  const [filter, setFilter] = useState("");
  const merge = (fresh: LinkOut[]) => {
    const byKey = new Map(links.map((l) => [key(l), l]));
    for (const l of fresh) byKey.set(key(l), l);
    setLinks([...byKey.values()].sort((a, b) => a.school.localeCompare(b.school) || a.audience.localeCompare(b.audience)));
  };
  const shown = filter ? links.filter((l) => l.schoolName.includes(filter) || l.school.includes(filter)) : links;

  return (
    <>
      <SurveyWindowForm t={t} csrfToken={props.csrfToken} survey={props.survey} studyPhase={props.studyPhase} />
      <GenerateLinksForm t={t} csrfToken={props.csrfToken} surveyId={props.survey.id} audiences={props.survey.audiences} orgs={props.orgs} onLinks={merge} />
      <section className="card" aria-labelledby="links-title">
        <h3 id="links-title">
          {d.links} <span className="muted">{interpolate(d.count, { n: links.length })}</span>
        </h3>
        {links.length === 0 ? (
          <p>{d.noLinks}</p>
        ) : (
          <>
            <div className="inline-form">
              <label>
                {d.filter}
                <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
              </label>
              <a className="button" href={`/api/surveys/${props.survey.id}/links?format=csv`} download>
                {d.csv}
              </a>
              <a className="button" href={`/api/surveys/${props.survey.id}/links?format=xlsx`} download>
                {d.xlsx}
              </a>
            </div>
            <div className="table-scroll">
              <table className="links">
                <thead>
                  <tr>
                    <th scope="col">{d.school}</th>
                    <th scope="col">{d.audience}</th>
                    <th scope="col">{d.link}</th>
                    <th scope="col">{t.surveys.actions}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((l) => (
                    <LinkRow key={key(l)} t={t} link={l} surveyId={props.survey.id} />
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
      <InvitationSection
        t={t}
        csrfToken={props.csrfToken}
        surveyId={props.survey.id}
        audiences={props.survey.audiences}
        schools={props.orgs.filter((o) => o.kind === "school")}
        counts={props.invitations}
        mailConfigured={props.mailConfigured}
      />
    </>
  );
}
