// China has one time zone (UTC+8, no daylight saving); campaign dates and tally days are
// calendar days there, whatever the server's own zone.
const OFFSET_MS = 8 * 60 * 60 * 1000;

/** YYYY-MM-DD of the instant in China Standard Time. */
export function chinaDay(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant truncated to the whole hour: stored response times carry no finer detail. */
export function truncateToHour(instant: Date): Date {
  const t = instant.getTime();
  return new Date(t - (t % (60 * 60 * 1000)));
}

/** Midnight China time at the start of a YYYY-MM-DD day, as an instant. */
export function chinaDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00+08:00`));
}

export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
