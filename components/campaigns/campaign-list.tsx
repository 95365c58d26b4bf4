import Link from "next/link";
import type { CampaignSummary } from "@/lib/campaigns/list-campaigns";
import type { Messages } from "@/lib/i18n/messages";

/** Campaigns with their phase dates, owner and number of questionnaires. */
export function CampaignList({ t, campaigns }: { t: Messages; campaigns: CampaignSummary[] }) {
  const c = t.campaigns;
  if (campaigns.length === 0) return <p className="card">{c.none}</p>;
  return (
    <div className="card table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{c.name}</th>
            <th scope="col">{c.phases}</th>
            <th scope="col">{c.owner}</th>
            <th scope="col" className="num">{c.surveys}</th>
          </tr>
        </thead>
        <tbody>
          {campaigns.map((campaign) => (
            <tr key={campaign.id}>
              <td>
                <Link href={`/campaigns/${campaign.id}`}>{campaign.title}</Link>
              </td>
              <td>
                {campaign.phases.map((p) => (
                  <span key={p.phase} className="phase-chip">
                    {t.phases[p.phase]} {p.startsOn}–{p.endsOn}
                  </span>
                ))}
              </td>
              <td>{campaign.owner}</td>
              <td className="num">{campaign.surveys}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
