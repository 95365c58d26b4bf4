import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

/** Why a view shows nothing for the chosen filters, naming the filter in the reader's words. */
export function ViewProblem({ t, kind, field }: { t: Messages; kind: "isolated" | "invalid"; field: string }) {
  const r = t.results;
  const names: Record<string, string> = { org: r.org, audience: r.audience, stage: r.stage, from: r.from, to: r.to, school: r.pickSchool, question: r.question, by: r.by, target: r.target };
  const message = kind === "isolated" ? r.isolated : r.badFilter;
  return (
    <p className="status error" role="alert">
      {interpolate(message, { field: names[field] ?? field })}
    </p>
  );
}
