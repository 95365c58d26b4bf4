import { notFound } from "next/navigation";
import { PublicFindingsView } from "@/components/findings/public-findings-view";
import { getDb } from "@/lib/db/client";
import { getPublicFindings } from "@/lib/findings/get-public-findings";
import { requestLocale } from "../../../locale";

export const dynamic = "force-dynamic";

// Public, no sign-in: only published findings, scrubbed quotes from groups large enough to show.
export default async function CampaignFindingsPage({ params }: { params: Promise<{ campaign: string }> }) {
  const data = await getPublicFindings(await getDb(), (await params).campaign);
  if (!data) notFound();
  return <PublicFindingsView data={data} locale={await requestLocale()} />;
}
