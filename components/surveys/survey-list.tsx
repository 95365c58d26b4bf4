import Link from "next/link";
import { formatNumber, interpolate } from "@/lib/i18n/format";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { listSurveys } from "@/lib/surveys/list-surveys";

type Row = Awaited<ReturnType<typeof listSurveys>>[number];

/** The surveys the caller may see: state, version, responses within their unit, and what to do next. */
export function SurveyList({ t, locale, surveys, canEdit }: { t: Messages; locale: Locale; surveys: Row[]; canEdit: boolean }) {
  const s = t.surveys;
  if (surveys.length === 0) return <p className="card">{s.none}</p>;
  return (
    <div className="card table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t.home.survey}</th>
            <th scope="col">{s.state}</th>
            <th scope="col">{s.version}</th>
            <th scope="col" className="num">{s.responses}</th>
            <th scope="col">{s.actions}</th>
          </tr>
        </thead>
        <tbody>
          {surveys.map((row) => (
            <tr key={row.id}>
              <td>
                <Link href={`/surveys/${row.id}`}>{row.title}</Link>
                <br />
                <span className="muted">
                  {row.audiences.map((a) => t.audiences[a as keyof typeof t.audiences] ?? a).join("、")} · {row.owner ?? s.cityOwned}
                </span>
              </td>
              <td>
                <span className="badge">{s[row.state as "draft" | "published" | "closed"]}</span>
              </td>
              <td>
                {interpolate(s.versionN, { n: row.version })}
                {row.hasDraft && row.publishedVersion !== null && <span className="muted"> · {s.pendingDraft}</span>}
              </td>
              <td className="num">{formatNumber(row.responses, locale)}</td>
              <td className="row-links">
                <Link href={`/surveys/${row.id}`}>{canEdit ? s.edit : s.view}</Link>
                {canEdit && <Link href={`/surveys/${row.id}/distribute`}>{s.distribute}</Link>}
                <Link href={`/surveys/${row.id}/results`}>{t.results.view}</Link>
                <Link href={`/surveys/${row.id}/texts`}>{t.findings.texts}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
