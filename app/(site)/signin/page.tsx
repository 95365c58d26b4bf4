import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "../../locale";
import { pageCaller } from "../../page-caller";

export const dynamic = "force-dynamic";

/** Only a local path may follow sign-in: never an open redirect to another site. */
function safeNext(value: string | string[] | undefined): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNext((await searchParams).next);
  if (await pageCaller()) redirect(next);
  const t = getMessages(await requestLocale());
  return (
    <section className="narrow">
      <h2>{t.auth.signInTitle}</h2>
      <p className="muted">{t.auth.signInIntro}</p>
      <SignInForm t={t} next={next} />
    </section>
  );
}
