import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "./locale";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = getMessages(await requestLocale());
  return { title: `${t.app.name} · ${t.app.tagline}`, description: t.app.description };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  return (
    <html lang={locale === "en" ? "en" : "zh-CN"}>
      <body>{children}</body>
    </html>
  );
}
