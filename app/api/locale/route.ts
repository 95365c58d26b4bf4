import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/messages";

/** Sets the UI language from the header's switch and returns to the page it came from. */
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => null);
  const value = form?.get("locale");
  const locale = typeof value === "string" && isLocale(value) ? value : "zh-CN";
  return new Response(null, {
    status: 303,
    headers: {
      location: sameOriginPath(request.headers.get("referer"), request.url),
      "set-cookie": `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`,
    },
  });
}

/** Only ever redirect back within this site. */
function sameOriginPath(referer: string | null, own: string): string {
  if (!referer || !URL.canParse(referer)) return "/";
  const from = new URL(referer);
  return from.origin === new URL(own).origin ? from.pathname : "/";
}

