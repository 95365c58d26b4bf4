import { notFound } from "next/navigation";
import { FindingEditor } from "@/components/findings/finding-editor";
import { isAdminRole } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { TRANSITIONS } from "@/lib/findings/finding-status";
import { getFinding } from "@/lib/findings/get-finding";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "../../../locale";
import { requirePageCaller } from "../../../page-caller";

export const dynamic = "force-dynamic";

export default async function FindingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await requirePageCaller(`/findings/${id}`);
  const t = getMessages(await requestLocale());
  const finding = await getFinding(await getDb(), caller, id).catch((e: unknown) => (isAppError(e) && e.code === "NOT_FOUND" ? null : Promise.reject(e)));
  if (!finding) notFound();
  return <FindingEditor t={t} csrfToken={caller.csrfToken} initial={finding} canDecide={isAdminRole(caller.role)} next={TRANSITIONS} />;
}
