import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { schoolStages } from "@/lib/orgs/stages";
import { OrgSelect, type OrgOption } from "./org-select";

interface Props {
  t: Messages;
  /** The caller's unit first, then what lies below it (listOrgsInScope). */
  orgs: OrgOption[];
  audiences: string[];
  values: Record<string, string>;
  show: { org?: boolean; audience?: boolean; stage?: boolean; dates?: boolean };
  /** Where "clear" leads: the page without filters. */
  resetHref: string;
  children?: ReactNode;
}

/**
 * The filters of a results view as a plain GET form: the page renders on the server from the query
 * string, works without JavaScript, and a filtered view is a link that can be shared.
 */
export function FilterForm({ t, orgs, audiences, values, show, resetHref, children }: Props) {
  const r = t.results;
  const schools = orgs.filter((o) => o.kind === "school");
  return (
    <form method="get" className="card filters no-print" aria-label={r.filters}>
      {show.org && <OrgSelect t={t} orgs={orgs} value={values.org} />}
      {show.audience && audiences.length > 1 && (
        <label>
          {r.audience}
          <select name="audience" defaultValue={values.audience ?? ""}>
            <option value="">{r.allAudiences}</option>
            {audiences.map((a) => <option key={a} value={a}>{t.audiences[a as keyof Messages["audiences"]] ?? a}</option>)}
          </select>
        </label>
      )}
      {show.stage && schools.length > 1 && (
        <label>
          {r.stage}
          <select name="stage" defaultValue={values.stage ?? ""}>
            <option value="">{r.allStages}</option>
            {schoolStages.filter((s) => schools.some((x) => x.stage === s)).map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
      )}
      {show.dates && (
        <>
          <label>
            {r.from}
            <input type="date" name="from" defaultValue={values.from ?? ""} />
          </label>
          <label>
            {r.to}
            <input type="date" name="to" defaultValue={values.to ?? ""} />
          </label>
        </>
      )}
      {children}
      <div className="filter-actions">
        <button type="submit">{r.apply}</button>
        <a href={resetHref}>{r.reset}</a>
      </div>
    </form>
  );
}
