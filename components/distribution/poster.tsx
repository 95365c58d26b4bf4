import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { getPoster } from "@/lib/surveys/get-poster";

type PosterData = Awaited<ReturnType<typeof getPoster>>;

/** An A4 poster for the school gate or a WeChat group: who it is for, when, the QR code, anonymity. */
export function Poster({ t, poster }: { t: Messages; poster: PosterData }) {
  const d = t.distribution;
  const { opensOn, closesOn } = poster.window;
  const dates =
    opensOn && closesOn ? interpolate(d.dates, { from: opensOn, to: closesOn }) : opensOn ? interpolate(d.from, { from: opensOn }) : closesOn ? interpolate(d.until, { to: closesOn }) : null;
  return (
    <article className="poster">
      <p className="poster-school">{poster.schoolName}</p>
      <h2 className="poster-title">{poster.surveyTitle}</h2>
      <p className="poster-audience">{interpolate(d.forAudience, { audience: t.audiences[poster.audience] })}</p>
      {dates && <p className="poster-dates">{dates}</p>}
      <div className="poster-qr" role="img" aria-label={d.qr} dangerouslySetInnerHTML={{ __html: poster.svg }} />
      <p className="poster-scan">{d.scan}</p>
      <p className="poster-url">{poster.url}</p>
      <p className="poster-anonymous">{t.home.anonymity}</p>
    </article>
  );
}
