import { interpolate } from "@/lib/i18n/format";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { RespondentView } from "@/lib/responses/get-respondent-view";
import { SubmittedCopy } from "./submitted-copy";

type Notice = Exclude<RespondentView, { kind: "notFound" } | { kind: "open" }>;

/** Not yet open, closed, or already answered on this device. */
export function RespondentNotice({ view, code, locale, messages: t }: { view: Notice; code: string; locale: Locale; messages: Messages["respondent"] }) {
  const [heading, body] =
    view.kind === "notYetOpen"
      ? [t.notYetOpenTitle, interpolate(t.notYetOpenBody, { date: view.opensOn ?? "—" })]
      : view.kind === "closed"
        ? [t.closedTitle, view.closesOn ? interpolate(t.closedBody, { date: view.closesOn }) : t.closedByHand]
        : [t.answeredTitle, t.answeredBody];
  return (
    <main className="respondent notice" id="main" lang={locale}>
      <p className="muted">{view.title}</p>
      <h1>{heading}</h1>
      <p>{body}</p>
      {view.kind === "answered" && <SubmittedCopy code={code} json={view.json} locale={locale} messages={t} />}
    </main>
  );
}
