import type { PublicFindings } from "@/lib/findings/get-public-findings";
import { getMessages, type Locale } from "@/lib/i18n/messages";

/** The 「你提我办」 page: published findings, what is being done, and scrubbed quotes only. */
export function PublicFindingsView({ data, locale }: { data: PublicFindings; locale: Locale }) {
  const t = getMessages(locale).findings;
  return (
    <main id="main" className="narrow">
      <header className="card">
        <p className="muted">{data.campaign.title}</p>
        <h1>
          {t.publicTitle}
          {data.school ? ` · ${data.school.name}` : ""}
        </h1>
        <p>{t.publicIntro}</p>
      </header>
      {data.findings.length === 0 && <p className="card">{t.noFindings}</p>}
      {data.findings.map((f) => (
        <article key={f.id} className="card" data-finding={f.id}>
          <h2>{f.title}</h2>
          <p>
            <span className="badge">{t.statuses[f.status as keyof typeof t.statuses] ?? f.status}</span> {f.org}
            {f.theme ? ` · ${f.theme}` : ""}
          </p>
          {f.summary && <p>{f.summary}</p>}
          {f.statusReason && (
            <p>
              {t.reason}：{f.statusReason}
            </p>
          )}
          {f.quotes.length > 0 && (
            <>
              <h3>{t.quotes}</h3>
              {f.quotes.map((q, i) => (
                <blockquote key={i}>{q}</blockquote>
              ))}
            </>
          )}
          {f.actions.length > 0 && (
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.actionKind}</th>
                    <th scope="col">{t.actionDescription}</th>
                    <th scope="col">{t.owner}</th>
                    <th scope="col">{t.dueOn}</th>
                    <th scope="col">{t.progress}</th>
                  </tr>
                </thead>
                <tbody>
                  {f.actions.map((a, i) => (
                    <tr key={i}>
                      <td>{t.actionKinds[a.kind as keyof typeof t.actionKinds] ?? a.kind}</td>
                      <td>{a.description}</td>
                      <td>{a.owner}</td>
                      <td>
                        {a.dueOn}
                        {a.overdue ? ` (${t.overdue})` : ""}
                      </td>
                      <td>{a.progress}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </article>
      ))}
    </main>
  );
}
