"use client";

import { useId } from "react";
import type { OptionProps } from "./option-props";

/** Explanatory text between questions; the server sanitises it on saving and again on rendering. */
export function HtmlOptions({ t, q, set }: OptionProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t.builder.html}</label>
      <textarea id={id} className="mono" rows={6} value={typeof q.html === "string" ? q.html : ""} onChange={(e) => set({ html: e.target.value })} />
    </div>
  );
}
