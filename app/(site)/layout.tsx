import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { requestLocale } from "../locale";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main">{children}</main>
    </>
  );
}
