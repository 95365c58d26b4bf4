import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "../../../locale";
import { requirePageCaller } from "../../../page-caller";

export const dynamic = "force-dynamic";

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const caller = await requirePageCaller("/admin/audit", ["city_admin"]);
  const t = getMessages(await requestLocale());
  const before = Number((await searchParams).before);
  const { events, next } = await listAuditEvents(caller, { limit: 100, ...(Number.isInteger(before) && before > 0 ? { before } : {}) });
  return (
    <>
      <h2>{t.admin.audit}</h2>
      <section className="card table-scroll">
        <table>
          <thead>
            <tr>
              <th>{t.admin.when}</th>
              <th>{t.admin.who}</th>
              <th>{t.admin.action}</th>
              <th>{t.admin.resource}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>{e.at.slice(0, 19).replace("T", " ")}</td>
                <td>{e.actorEmail}</td>
                <td>{e.action}</td>
                <td>
                  {e.resourceType} {e.resourceId}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {next && <a href={`/admin/audit?before=${next}`}>{t.admin.more}</a>}
      </section>
    </>
  );
}
