// Characters people use to dodge filters, folded one-for-one so that every index in the folded
// text is the same index in the original: full-width digits, letters and symbols, dashes, the
// ideographic space, and Chinese digits spelled out in runs (一三八一二三四五六七八).
const FOLD: Record<string, string> = {
  "\u3000": " ", "\u00a0": " ", "—": "-", "–": "-", "－": "-", "‐": "-", "―": "-", "﹣": "-",
  "（": "(", "）": ")", "＠": "@", "．": ".", "＿": "_", "＋": "+", "：": ":", "·": ".", "／": "/",
};
const CHINESE_DIGITS: Record<string, string> = { 〇: "0", 零: "0", 一: "1", 幺: "1", 二: "2", 两: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
// Seven or more in a row is a number read out digit by digit, not prose ("一二三年级" has five).
const SPELLED_RUN = /[〇零一幺二两三四五六七八九]{7,}/g;

/** The text with look-alike characters folded to ASCII; same length, same indices. */
export function normalizeForMatching(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e && FOLD[ch] === undefined) out += String.fromCharCode(code - 0xfee0);
    // An astral character stays as it is: two UTF-16 units in, two out.
    else out += FOLD[ch] ?? ch;
  }
  return out.replace(SPELLED_RUN, (run) => [...run].map((c) => CHINESE_DIGITS[c] ?? c).join(""));
}
