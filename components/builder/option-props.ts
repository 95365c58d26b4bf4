import type { Messages } from "@/lib/i18n/messages";
import type { Json, QuestionJson } from "./survey-json";

/** What every per-type editor gets: the messages, the question, and a setter of its properties. */
export interface OptionProps {
  t: Messages;
  q: QuestionJson;
  set: (props: Json) => void;
}
