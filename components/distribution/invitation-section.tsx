"use client";

import Link from "next/link";
import { useState } from "react";
import { apiFetch } from "@/components/admin/api-fetch";
import type { Messages } from "@/lib/i18n/messages";
import type { InvitationCounts } from "@/lib/invitations/list-invitation-counts";
import type { Audience } from "@/lib/surveys/audiences";
import { InvitationCountsTable } from "./invitation-counts";
import { InvitationForm } from "./invitation-form";

/** E-mail invitations on the distribution page: the form, the counts per link and reminders. */
export function InvitationSection(props: {
  t: Messages;
  csrfToken: string;
  surveyId: string;
  audiences: Audience[];
  schools: { code: string; name: string }[];
  counts: InvitationCounts[];
  mailConfigured: boolean;
}) {
  const v = props.t.invitations;
  const [counts, setCounts] = useState(props.counts);
  const refresh = async () => {
    const result = await apiFetch(props.csrfToken, `/api/surveys/${props.surveyId}/invitations`, "GET");
    if (result.ok) setCounts((result.data as { links: InvitationCounts[] }).links);
  };

  return (
    <section className="card" aria-labelledby="invitations-title">
      <h3 id="invitations-title">{v.title}</h3>
      <p className="muted">{v.intro}</p>
      {!props.mailConfigured && <p className="status error">{v.noMail}</p>}
      <InvitationForm t={props.t} csrfToken={props.csrfToken} surveyId={props.surveyId} audiences={props.audiences} schools={props.schools} onSent={() => void refresh()} />
      <h4>{v.counts}</h4>
      <InvitationCountsTable t={props.t} csrfToken={props.csrfToken} surveyId={props.surveyId} counts={counts} onReminded={() => void refresh()} />
      <p>
        <Link href="/admin/mail">{v.outbox}</Link>
      </p>
    </section>
  );
}
