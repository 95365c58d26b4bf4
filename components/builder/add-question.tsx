"use client";

import { useState } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { QUESTION_TYPES, type QuestionType } from "./new-question";

/** Picks a question type and adds a question of it to a page. */
export function AddQuestion(props: { t: Messages; label: string; onAdd: (type: QuestionType) => void }) {
  const [type, setType] = useState<QuestionType>("radiogroup");
  const { t } = props;
  return (
    <div className="add-question">
      <select aria-label={`${t.builder.questionType} · ${props.label}`} value={type} onChange={(e) => setType(e.target.value as QuestionType)}>
        {QUESTION_TYPES.map((q) => (
          <option key={q} value={q}>
            {t.questionTypes[q]}
          </option>
        ))}
      </select>
      <button type="button" className="secondary" aria-label={props.label} onClick={() => props.onAdd(type)}>
        + {t.builder.addQuestion}
      </button>
    </div>
  );
}
