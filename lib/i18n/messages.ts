import { en } from "./en";
import { zhCN, type Messages } from "./zh-CN";

export const locales = ["zh-CN", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh-CN";
export const LOCALE_COOKIE = "wence-locale";

const catalogue: Record<Locale, Messages> = { "zh-CN": zhCN, en };

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && (locales as readonly string[]).includes(value);
}

/** The messages for a locale; anything unknown falls back to Simplified Chinese. */
export function getMessages(locale: string | undefined): Messages {
  return isLocale(locale) ? catalogue[locale] : catalogue[defaultLocale];
}

export type { Messages };
