import QRCode from "qrcode";
import type { Caller } from "../auth/caller";
import { isOrgInScope, notFound } from "../auth/org-scope";
import { getDb } from "../db/client";

/** A link's URL as a QR code (SVG or PNG), for links of schools in the caller's unit. */
export async function renderLinkQr(caller: Caller, code: string, format: "svg" | "png", origin: string): Promise<{ body: Uint8Array | string; contentType: string }> {
  const db = await getDb();
  const link = await db.distributionLink.findUnique({ where: { code }, select: { schoolId: true } });
  if (!link || !(await isOrgInScope(caller, link.schoolId))) throw notFound("该链接", "code");
  const url = `${origin}/s/${code}`;
  // Error correction M survives a crumpled poster or a phone photo of a screen.
  if (format === "svg") return { body: await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 }), contentType: "image/svg+xml" };
  const png = await QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 2, scale: 10 });
  return { body: new Uint8Array(png), contentType: "image/png" };
}
