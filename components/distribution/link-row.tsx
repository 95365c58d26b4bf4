"use client";

import { useState } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { LinkOut } from "@/lib/surveys/generate-links-for-caller";

/** One school × audience link: copy it, show its QR code, download the PNG, open its poster. */
export function LinkRow({ t, link, surveyId }: { t: Messages; link: LinkOut; surveyId: string }) {
  const d = t.distribution;
  const [copied, setCopied] = useState(false);
  const [qr, setQr] = useState(false);
  const qrUrl = `/api/links/${encodeURIComponent(link.code)}/qr`;
  const copy = async () => {
    await navigator.clipboard.writeText(link.url);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <>
      <tr>
        <td>
          {link.schoolName}
          <br />
          <span className="muted">{link.school}</span>
        </td>
        <td>{t.audiences[link.audience]}</td>
        <td>
          <input className="link-url" readOnly value={link.url} aria-label={`${d.link} · ${link.schoolName} · ${t.audiences[link.audience]}`} onFocus={(e) => e.target.select()} />
        </td>
        <td className="row-links">
          <button type="button" className="secondary" onClick={() => void copy()}>
            {copied ? d.copied : d.copy}
          </button>
          <button type="button" className="secondary" aria-expanded={qr} onClick={() => setQr(!qr)}>
            {qr ? d.hideQr : d.qr}
          </button>
          <a href={`/surveys/${surveyId}/poster/${encodeURIComponent(link.code)}`} target="_blank" rel="noopener">
            {d.poster}
          </a>
        </td>
      </tr>
      {qr && (
        <tr className="qr-row">
          <td colSpan={4}>
            {/* eslint-disable-next-line @next/next/no-img-element -- an API image behind the session, not a static asset */}
            <img src={`${qrUrl}?format=svg`} alt={`${d.qr} · ${link.schoolName} · ${t.audiences[link.audience]}`} width={160} height={160} />
            <a href={`${qrUrl}?format=png`} download={`${link.school}-${link.audience}.png`}>
              {d.downloadPng}
            </a>{" "}
            <a href={`${qrUrl}?format=svg`} download={`${link.school}-${link.audience}.svg`}>
              {d.downloadSvg}
            </a>
          </td>
        </tr>
      )}
    </>
  );
}
