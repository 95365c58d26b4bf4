import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

export interface OrgOption {
  id: string;
  kind: string;
  code: string;
  name: string;
  parentId: string | null;
  stage: string | null;
}

/**
 * The `org` field of a GET filter form: the caller's whole unit, or a district or school in it
 * (schools grouped under their district). Nothing when the caller's unit has nothing below it.
 */
export function OrgSelect({ t, orgs, value }: { t: Messages; orgs: OrgOption[]; value?: string }) {
  const r = t.results;
  const scope = orgs[0];
  if (!scope || orgs.length < 2) return null;
  const schoolsOf = (districtId: string | null) => orgs.filter((o) => o.kind === "school" && o.parentId === districtId);
  return (
    <label>
      {r.org}
      <select name="org" defaultValue={value ?? ""}>
        <option value="">{interpolate(r.allScope, { name: scope.name })}</option>
        {scope.kind === "district" && schoolsOf(scope.id).map((s) => <option key={s.code} value={s.code}>{s.name}</option>)}
        {orgs
          .filter((o) => o.kind === "district")
          .map((d) => (
            <optgroup key={d.code} label={d.name}>
              <option value={d.code}>{d.name}</option>
              {schoolsOf(d.id).map((s) => <option key={s.code} value={s.code}>{s.name}</option>)}
            </optgroup>
          ))}
      </select>
    </label>
  );
}
