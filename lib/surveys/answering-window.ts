export interface AnsweringWindow {
  /** First and last China calendar day on which answers are accepted; null = unbounded. */
  opensOn: string | null;
  closesOn: string | null;
}

export type WindowState = "open" | "notYetOpen" | "closed";

/**
 * A survey's own dates when set, else its campaign's 学习调研 (study) phase, else always open.
 */
export function answeringWindow(
  survey: { opensOn: string | null; closesOn: string | null },
  phases: { phase: string; startsOn: string; endsOn: string }[],
): AnsweringWindow {
  const study = phases.find((p) => p.phase === "study");
  return {
    opensOn: survey.opensOn ?? study?.startsOn ?? null,
    closesOn: survey.closesOn ?? study?.endsOn ?? null,
  };
}

export function windowState(window: AnsweringWindow, today: string): WindowState {
  if (window.opensOn && today < window.opensOn) return "notYetOpen";
  if (window.closesOn && today > window.closesOn) return "closed";
  return "open";
}
