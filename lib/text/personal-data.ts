/** Kinds of personal data the scrubber replaces, each with the placeholder readers see. */
export const PERSONAL_DATA_TYPES = ["电话", "身份证号", "邮箱", "QQ", "微信", "地址", "姓名", "号码"] as const;
export type PersonalDataType = (typeof PERSONAL_DATA_TYPES)[number];

export const placeholderOf = (type: PersonalDataType) => `【${type}】`;

/** A found span, in UTF-16 indices of the original text, end exclusive. */
export interface PersonalDataSpan {
  start: number;
  end: number;
  type: PersonalDataType;
}

/** Placeholders already in a text: scrubbing twice changes nothing. */
export const PLACEHOLDER = new RegExp(`【(?:${PERSONAL_DATA_TYPES.join("|")})】`, "g");
