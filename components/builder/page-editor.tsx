"use client";

import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { ConditionEditor } from "./condition-editor";
import type { ConditionTarget } from "./condition-targets";
import { ElementErrors } from "./element-errors";
import { TextField } from "./fields";
import type { Json, PageJson } from "./survey-json";

/** A page: its title and description, and when it is shown. */
export function PageEditor(props: { t: Messages; page: PageJson; number: number; targets: ConditionTarget[]; errors: string[]; set: (props: Json) => void }) {
  const { t, page, set } = props;
  const b = t.builder;
  return (
    <section className="editor" aria-label={interpolate(b.page, { n: props.number })}>
      <p className="muted">{interpolate(b.page, { n: props.number })}</p>
      <ElementErrors errors={props.errors} />
      <TextField label={b.pageTitle} value={page.title} onChange={(v) => set({ title: v })} />
      <TextField label={b.pageDescription} value={page.description} multiline onChange={(v) => set({ description: v })} />
      <ConditionEditor t={t} expression={page.visibleIf} targets={props.targets} onChange={(v) => set({ visibleIf: v })} />
    </section>
  );
}
