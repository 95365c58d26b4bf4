export const audiences = ["staff", "student", "parent"] as const;
export type Audience = (typeof audiences)[number];

export function isAudience(value: string): value is Audience {
  return (audiences as readonly string[]).includes(value);
}

/** The audiences in a stored JSON column (a survey's or a campaign's), unknown entries dropped. */
export function audiencesIn(value: unknown): Audience[] {
  return (Array.isArray(value) ? value : []).filter((a): a is Audience => typeof a === "string" && isAudience(a));
}
