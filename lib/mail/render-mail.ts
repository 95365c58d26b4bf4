/** A piece of a mail body, rendered once as plain text and once as escaped HTML. */
export type MailBlock =
  | { p: string }
  | { h: string }
  | { link: string; label: string }
  /** A list whose entries are a few lines each, optionally ending with a link. */
  | { items: { lines: string[]; link?: string }[] };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The text and HTML parts of a notification mail. Everything is inserted as text (titles and names
 * come from users), so nothing in a block can become markup.
 */
export function renderMail(blocks: MailBlock[]): { text: string; html: string } {
  const text: string[] = [];
  const html: string[] = [];
  for (const b of blocks) {
    if ("p" in b) {
      text.push(b.p);
      html.push(`<p>${escapeHtml(b.p).replace(/\n/g, "<br>")}</p>`);
    } else if ("h" in b) {
      text.push(`【${b.h}】`);
      html.push(`<h3>${escapeHtml(b.h)}</h3>`);
    } else if ("link" in b) {
      text.push(`${b.label}：${b.link}`);
      html.push(`<p><a href="${escapeHtml(b.link)}">${escapeHtml(b.label)}</a><br>${escapeHtml(b.link)}</p>`);
    } else {
      text.push(b.items.map((i) => [`• ${i.lines[0] ?? ""}`, ...i.lines.slice(1).map((l) => `  ${l}`), ...(i.link ? [`  ${i.link}`] : [])].join("\n")).join("\n"));
      const li = b.items.map((i) => `<li>${i.lines.map(escapeHtml).join("<br>")}${i.link ? `<br><a href="${escapeHtml(i.link)}">${escapeHtml(i.link)}</a>` : ""}</li>`);
      html.push(`<ul>\n${li.join("\n")}\n</ul>`);
    }
  }
  return { text: text.join("\n\n"), html: html.join("\n") };
}
