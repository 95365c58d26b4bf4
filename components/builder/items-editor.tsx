"use client";

import type { Messages } from "@/lib/i18n/messages";
import { isObject } from "./survey-json";

type Item = { value: unknown; text?: unknown } & Record<string, unknown>;

function asItem(raw: unknown): Item {
  return isObject(raw) ? (raw as Item) : { value: raw };
}

function nextValue(items: Item[]): string | number {
  const values = items.map((i) => i.value);
  if (values.length > 0 && values.every((v) => typeof v === "number")) return Math.max(...(values as number[])) + 1;
  const taken = new Set(values.map(String));
  let n = items.length + 1;
  while (taken.has(`c${n}`)) n++;
  return `c${n}`;
}

/**
 * Choices, matrix rows or matrix columns: each a text shown to respondents and a value stored in
 * the answers. Values keep their JSON type (a numeric column stays a number).
 */
export function ItemsEditor(props: { t: Messages["builder"]; legend: string; items: unknown; onChange: (items: Item[]) => void; newText: (n: number) => string }) {
  const { t } = props;
  const items = (Array.isArray(props.items) ? props.items : []).map(asItem);
  const set = (i: number, patch: Partial<Item>) => props.onChange(items.map((item, j) => (j === i ? { ...item, ...patch } : item)));
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    if (j < 0 || j >= items.length) return;
    const copy = [...items];
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    props.onChange(copy);
  };
  return (
    <fieldset className="items">
      <legend>{props.legend}</legend>
      <ol>
        {items.map((item, i) => (
          <li key={i}>
            <input
              aria-label={`${props.legend} ${i + 1} · ${t.itemText}`}
              value={typeof item.text === "string" ? item.text : String(item.value ?? "")}
              onChange={(e) => set(i, { text: e.target.value })}
            />
            <input
              className="value"
              aria-label={`${props.legend} ${i + 1} · ${t.itemValue}`}
              title={t.itemValue}
              value={String(item.value ?? "")}
              onChange={(e) => {
                const raw = e.target.value;
                set(i, { value: typeof item.value === "number" && raw.trim() !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw });
              }}
            />
            <span className="row-actions">
              <button type="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`${t.moveUp} ${i + 1}`}>
                ↑
              </button>
              <button type="button" onClick={() => move(i, 1)} disabled={i === items.length - 1} aria-label={`${t.moveDown} ${i + 1}`}>
                ↓
              </button>
              <button type="button" onClick={() => props.onChange(items.filter((_, j) => j !== i))} aria-label={`${t.remove} ${i + 1}`}>
                ×
              </button>
            </span>
          </li>
        ))}
      </ol>
      <button type="button" className="secondary" onClick={() => props.onChange([...items, { value: nextValue(items), text: props.newText(items.length + 1) }])}>
        + {t.addChoice}
      </button>
    </fieldset>
  );
}
