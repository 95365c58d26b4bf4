"use client";

import { useId, useState } from "react";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { isObject, type SurveyJson } from "./survey-json";

/** Reads pasted or uploaded text as a definition, or says why it is not one. */
export function readDefinition(text: string, t: Messages["builder"]): { json: Record<string, unknown> } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: interpolate(t.importMalformed, { message: (e as Error).message }) };
  }
  return isObject(value) ? { json: value } : { error: t.importNotObject };
}

/** SurveyJS JSON in and out: export to a file, import from a file or pasted text. */
export function JsonTransfer(props: { t: Messages["builder"]; json: SurveyJson; fileName: string; readOnly: boolean; onImport: (json: Record<string, unknown>) => void }) {
  const { t } = props;
  const id = useId();
  const [text, setText] = useState("");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const load = (raw: string) => {
    const result = readDefinition(raw, t);
    if ("error" in result) return setMessage({ text: result.error, error: true });
    props.onImport(result.json);
    setMessage({ text: t.imported, error: false });
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(props.json, null, 2)], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `${props.fileName}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <details className="card json-transfer">
      <summary>{t.json}</summary>
      <p>
        <button type="button" className="secondary" onClick={download}>
          {t.exportJson}
        </button>
      </p>
      {!props.readOnly && (
        <>
          <div className="field">
            <label htmlFor={`${id}-file`}>{t.importFile}</label>
            <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => void e.target.files?.[0]?.text().then(load)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-text`}>{t.importPaste}</label>
            <textarea id={`${id}-text`} className="mono" rows={6} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <button type="button" className="secondary" onClick={() => load(text)} disabled={text.trim() === ""}>
            {t.importApply}
          </button>
        </>
      )}
      {message && (
        <p className={message.error ? "status error" : "status"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      )}
    </details>
  );
}
