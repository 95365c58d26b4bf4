import type { PersonalDataSpan } from "./personal-data";

// Addresses as people type them, including "name(at)163.com" and the full-width ＠ (folded to @).
const EMAIL = /[A-Za-z0-9][A-Za-z0-9._%+-]*\s*(?:@|\(at\)|\[at\]|\s+at\s+)\s*[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

// A WeChat id (6–20 characters, starting with a letter) announced by the words before it. The
// announcement is kept; a digit-only id is a number and handled with the numbers.
const WECHAT = /(?:微信|威信|[vV]信|vx|VX|Vx|vX|wx|WX|Wx|wechat|WeChat|WECHAT|weixin)\s*(?:搜索|搜|添加)?\s*(?:号码|号|账号|id|ID)?\s*(?:是|为)?\s*[:：]?\s*([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@])/g;

export function findEmails(norm: string): PersonalDataSpan[] {
  return [...norm.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length, type: "邮箱" as const }));
}

export function findWechatIds(norm: string): PersonalDataSpan[] {
  return [...norm.matchAll(WECHAT)].map((m) => {
    const start = m.index + m[0].length - m[1]!.length;
    return { start, end: m.index + m[0].length, type: "微信" as const };
  });
}
