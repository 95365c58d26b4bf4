import type { PersonalDataSpan, PersonalDataType } from "./personal-data";

// A chain of digits with at most two separators between neighbours: "138 1234 5678",
// "1 3 8 …", "0514-8765 4321", "(0514)87221100", "321002-2014-0909-0011". Separators never
// include Chinese punctuation, so "1、2、3" and "2023年9月" stay apart.
const CHAIN = /\+?\(?\d(?:[ \-./_()]{0,2}\d)*(?:[ \-]{0,2}[xX](?![A-Za-z]))?/g;

const ID_NUMBER = /^[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX]/;
const MOBILE = /^(?:86)?1[3-9]\d{9}/;
// 0 + area code (010, 02x: two digits after 0; others three) + a local number of 7–8 digits.
const LANDLINE = /^0(?:10|2\d|[3-9]\d{2})\d{7,8}/;

// What the words just before a number say it is; the nearest one wins. "号码" alone says nothing
// ("QQ号码", "我的号码"): a mobile number is recognised by its shape anyway.
const CONTEXTS: [RegExp, Context][] = [
  [/qq|扣扣|企鹅号|(?<![a-z])q(?![a-z])/gi, "qq"],
  [/微信|威信|v信|vx|wx|wechat|weixin/gi, "wechat"],
  [/身份证|证件号|身份号/g, "id"],
  [/学号|工号|卡号|学籍号|证号|编号|账号|帐号|银行卡/g, "number"],
  [/电话|手机|座机|联系|热线|总机|分机|回电|致电|拨打|打|tel|phone|门卫/gi, "phone"],
];
type Context = "qq" | "wechat" | "id" | "number" | "phone";
const LOOK_BACK = 10;
// A unit right after a number makes it an amount or a size, not an identifier.
const UNIT_AFTER = /^\s*(?:元|块|万|亿|人|名|个|平|米|公里|千米|次|%|％|分|岁|斤|度|年|届|级|学)/;

function contextBefore(norm: string, at: number): Context | undefined {
  const window = norm.slice(Math.max(0, at - LOOK_BACK), at);
  let best: { at: number; ctx: Context } | undefined;
  for (const [re, ctx] of CONTEXTS) {
    for (const m of window.matchAll(re)) if (!best || m.index >= best.at) best = { at: m.index, ctx };
  }
  return best?.ctx;
}

interface Digit {
  /** Index in the text. */
  at: number;
  ch: string;
  /** Starts a run of digits not joined to the previous one directly (a separator came before). */
  groupStart: boolean;
}

/**
 * Phone, ID, QQ, WeChat and other identifying numbers, however they are spaced. Within one chain
 * numbers are cut greedily (a chain may hold two numbers written side by side); what no pattern
 * takes and still has seven or more digits is an identifying number of another kind.
 */
export function findNumbers(norm: string): PersonalDataSpan[] {
  const out: PersonalDataSpan[] = [];
  for (const m of norm.matchAll(CHAIN)) {
    const digits: Digit[] = [];
    let prev = -2;
    for (let i = m.index; i < m.index + m[0].length; i++) {
      const ch = norm[i]!;
      if (/[\dxX]/.test(ch)) {
        digits.push({ at: i, ch: ch.toUpperCase(), groupStart: i !== prev + 1 });
        prev = i;
      }
    }
    const ctx = contextBefore(norm, m.index);
    const afterChain = norm.slice(m.index + m[0].length);
    const d = digits.map((x) => x.ch).join("");
    const spans: { from: number; to: number; type: PersonalDataType }[] = [];
    const take = (from: number, to: number, type: PersonalDataType) => spans.push({ from, to, type });
    const digitCount = d.replace(/X/g, "").length;
    if (ctx === "qq" && digitCount >= 5 && digitCount <= 11) take(0, d.length, "QQ");
    else if (ctx === "wechat" && digitCount >= 5 && digitCount <= 20) take(0, d.length, "微信");
    else {
      let i = 0;
      while (i < d.length) {
        const rest = d.slice(i);
        const id = ID_NUMBER.exec(rest) ?? (ctx === "id" && /^\d{15}(?!\d)/.exec(rest));
        const phone = MOBILE.exec(rest) ?? LANDLINE.exec(rest) ?? (ctx === "phone" && digitCount <= 8 && /^[2-9]\d{6,7}(?!\d)/.exec(rest));
        const hit = id ? { n: id[0].length, type: "身份证号" as const } : phone ? { n: phone[0].length, type: "电话" as const } : undefined;
        if (hit) {
          take(i, i + hit.n, hit.type);
          i += hit.n;
          continue;
        }
        // Move to the next group of digits: a number never starts in the middle of one.
        i++;
        while (i < d.length && !digits[i]!.groupStart) i++;
      }
      const taken = spans.reduce((s, x) => s + x.to - x.from, 0);
      const amount = UNIT_AFTER.test(afterChain);
      if (taken === 0 && !amount && (digitCount >= 7 || (ctx === "number" && digitCount >= 5) || (ctx === "id" && digitCount >= 6))) take(0, d.length, ctx === "id" ? "身份证号" : "号码");
    }
    for (const s of spans) {
      let start = digits[s.from]!.at;
      const end = digits[s.to - 1]!.at + 1;
      // Keep a leading "+" or "(" of "+86 …" and "(0514)…" inside the placeholder.
      while (start > m.index && /[+(]/.test(norm[start - 1]!)) start--;
      out.push({ start, end, type: s.type });
    }
  }
  return out;
}
