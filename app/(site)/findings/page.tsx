import { getDb } from "@/lib/db/client";
import { listFindings } from "@/lib/findings/list-findings";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "../../locale";
import { requirePageCaller } from "../../page-caller";

export const dynamic = "force-dynamic";

// A file download from the API, not a page: a plain link.
const EXPORT = "/api/findings/export";

export default async function SupervisionPage() {
  const caller = await requirePageCaller("/findings");
  const f = getMessages(await requestLocale()).findings;
  const { findings, byStatus, overdueActions } = await listFindings(await getDb(), caller);
  return (
    <>
      <h2>{f.supervision}</h2>
      <p>
        {Object.entries(byStatus).map(([s, n]) => `${f.statuses[s as keyof typeof f.statuses]} ${n}`).join(" · ")} · {f.overdueActions} {overdueActions} · <a href={EXPORT} download>XLSX</a>
      </p>
      <section className="card table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{f.title}</th>
              <th scope="col">{f.org}</th>
              <th scope="col">{f.status}</th>
              <th scope="col">{f.overdueActions}</th>
              <th scope="col">{f.nextDueOn}</th>
            </tr>
          </thead>
          <tbody>
            {findings.map((r) => (
              <tr key={r.id}>
                <td>
                  <a href={`/findings/${r.id}`}>{r.title}</a>
                </td>
                <td>{r.org.name}</td>
                <td>{f.statuses[r.status as keyof typeof f.statuses] ?? r.status}</td>
                <td>{r.overdueActions > 0 ? <strong>{r.overdueActions}</strong> : 0}</td>
                <td>{r.nextDueOn ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
