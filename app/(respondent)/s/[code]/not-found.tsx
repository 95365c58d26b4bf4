import { getMessages } from "@/lib/i18n/messages";

export default function LinkNotFound() {
  const t = getMessages("zh-CN").respondent;
  return (
    <main className="respondent notice" id="main">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
    </main>
  );
}
