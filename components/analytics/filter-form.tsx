import type { ReactNode } from "react";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { schoolStages } from "@/lib/orgs/stages";

export interface OrgOption {
  id: string;
  kind: string;
  code: string;
  name: string;
  parentId: string | null;
  stage: string | null;
}

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
  const scope = orgs[0];
  const districts = orgs.filter((o) => o.kind === "district");
  const schools = orgs.filter((o) => o.kind === "school");
  const schoolsOf = (districtId: string | null) => schools.filter((s) => s.parentId === districtId);
  return (
    <form method="get" className="card filters no-print" aria-label={r.filters}>
      {show.org && orgs.length > 1 && scope && (
        <label>
          {r.org}
          <select name="org" defaultValue={values.org ?? ""}>
            <option value="">{interpolate(r.allScope, { name: scope.name })}</option>
            {scope.kind === "district" && schoolsOf(scope.id).map((s) => <option key={s.code} value={s.code}>{s.name}</option>)}
            {districts.map((d) => (
              <optgroup key={d.code} label={d.name}>
                <option value={d.code}>{d.name}</option>
                {schoolsOf(d.id).map((s) => <option key={s.code} value={s.code}>{s.name}</option>)}
              </optgroup>
            ))}
          </select>
        </label>
      )}
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
