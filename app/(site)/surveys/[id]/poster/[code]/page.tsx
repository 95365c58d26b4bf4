import Link from "next/link";
import { Poster } from "@/components/distribution/poster";
import { PrintButton } from "@/components/distribution/print-button";
import { getMessages } from "@/lib/i18n/messages";
import { getPoster } from "@/lib/surveys/get-poster";
import { requestLocale } from "../../../../../locale";
import { orNotFound } from "../../../../../or-not-found";
import { requirePageCaller } from "../../../../../page-caller";
import { pageOrigin } from "../../../../../page-origin";

export const dynamic = "force-dynamic";

export default async function PosterPage({ params }: { params: Promise<{ id: string; code: string }> }) {
  const { id, code } = await params;
  const caller = await requirePageCaller(`/surveys/${id}/poster/${code}`, ["city_admin", "district_admin", "school_admin"]);
  const t = getMessages(await requestLocale());
  const poster = await orNotFound(getPoster(caller, id, code, await pageOrigin()));
  return (
    <>
      <p className="no-print actions">
        <PrintButton label={t.distribution.print} /> <Link href={`/surveys/${id}/distribute`}>{t.distribution.back}</Link>
      </p>
      <Poster t={t} poster={poster} />
    </>
  );
}
