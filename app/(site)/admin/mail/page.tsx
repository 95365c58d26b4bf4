import { formatChinaTime, interpolate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import { listOutbox } from "@/lib/mail/list-outbox";
import { mailConfig } from "@/lib/mail/mail-config";
import { requestLocale } from "../../../locale";
import { requirePageCaller } from "../../../page-caller";

export const dynamic = "force-dynamic";

export default async function MailOutboxPage() {
  const caller = await requirePageCaller("/admin/mail", ["city_admin", "district_admin", "school_admin"]);
  const t = getMessages(await requestLocale()).mail;
  const messages = await listOutbox(caller, { limit: 200 });
  const statuses: Record<string, string> = { queued: t.queued, sending: t.sending, sent: t.sent, failed: t.failed, bounced: t.bounced };
  return (
    <>
      <h2>{t.outbox}</h2>
      <p className="muted">{t.intro}</p>
      {!mailConfig() && <p className="status error">{t.notConfigured}</p>}
      <section className="card table-scroll">
        {messages.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{t.status}</th>
                <th>{t.recipient}</th>
                <th>{t.subject}</th>
                <th>{t.attempts}</th>
                <th>{t.detail}</th>
                <th>{t.created}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id} className={m.status === "failed" || m.status === "bounced" ? "failed" : undefined}>
                  <td>
                    <span className="badge">{statuses[m.status] ?? m.status}</span>
                  </td>
                  <td>{m.recipient}</td>
                  <td>{m.subject}</td>
                  <td>{m.attempts}</td>
                  <td>
                    {m.status === "sent" && m.sentAt ? interpolate(t.sentAt, { time: formatChinaTime(m.sentAt) }) : null}
                    {m.status === "bounced" && m.bouncedAt ? interpolate(t.bouncedAt, { time: formatChinaTime(m.bouncedAt) }) : null}
                    {m.status === "queued" && m.attempts > 0 ? interpolate(t.nextAttempt, { time: formatChinaTime(m.nextAttemptAt) }) : null}
                    {m.lastError && <div className="muted">{m.lastError}</div>}
                  </td>
                  <td>{formatChinaTime(m.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
