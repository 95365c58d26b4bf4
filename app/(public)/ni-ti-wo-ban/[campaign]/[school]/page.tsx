import { notFound } from "next/navigation";
import { PublicFindingsView } from "@/components/findings/public-findings-view";
import { getDb } from "@/lib/db/client";
import { getPublicFindings } from "@/lib/findings/get-public-findings";
import { requestLocale } from "../../../../locale";

export const dynamic = "force-dynamic";

export default async function SchoolFindingsPage({ params }: { params: Promise<{ campaign: string; school: string }> }) {
  const { campaign, school } = await params;
  const data = await getPublicFindings(await getDb(), campaign, school);
  if (!data) notFound();
  return <PublicFindingsView data={data} locale={await requestLocale()} />;
}
