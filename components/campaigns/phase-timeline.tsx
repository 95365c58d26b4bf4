import type { PhaseDates } from "@/lib/campaigns/phases";
import { getMessages, type Locale } from "@/lib/i18n/messages";

export function PhaseTimeline({ phases, today, locale }: { phases: PhaseDates[]; today: string; locale: Locale }) {
  const t = getMessages(locale);
  return (
    <ol className="timeline">
      {phases.map((p) => {
        const state = today > p.endsOn ? "past" : today >= p.startsOn ? "current" : "future";
        return (
          <li key={p.phase} className={state} aria-current={state === "current" ? "step" : undefined}>
            <span className="name">
              {t.phases[p.phase]} {state === "current" && <span className="badge">{t.home.today} {today}</span>}
            </span>
            <span className="muted">
              {p.startsOn} – {p.endsOn}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
