/** One increment of the Tally table for a single response (see prisma/schema.prisma). */
export interface TallyDelta {
  question: string;
  row: string;
  value: string;
  count: number;
  sum: number;
}

export interface TallyScope {
  versionId: string;
  schoolId: string;
  audience: string;
}

export interface TallyRow extends TallyScope, TallyDelta {}

export interface DailyCountRow extends TallyScope {
  day: string;
  count: number;
}

export interface TallyBatch {
  /** Adds one response's deltas, received on `day` (China calendar day). Only the scope's three fields are kept. */
  add(scope: TallyScope, day: string, deltas: TallyDelta[]): void;
  /** One row per key: what to add to the Tally table. */
  tallies(): TallyRow[];
  dailyCounts(): DailyCountRow[];
}

const SEP = "\u0000";

/**
 * Accumulates the tally increments of one or many responses, merged per key as they come in:
 * one upsert per key however many responses share it (PostgreSQL also refuses to update one row
 * twice in a statement).
 */
export function createTallyBatch(): TallyBatch {
  const tallies = new Map<string, TallyRow>();
  const daily = new Map<string, DailyCountRow>();
  return {
    add(scope, day, deltas) {
      const prefix = scope.versionId + SEP + scope.schoolId + SEP + scope.audience + SEP;
      for (const d of deltas) {
        const key = prefix + d.question + SEP + d.row + SEP + d.value;
        const current = tallies.get(key);
        if (current) {
          current.count += d.count;
          current.sum += d.sum;
        } else {
          tallies.set(key, { versionId: scope.versionId, schoolId: scope.schoolId, audience: scope.audience, question: d.question, row: d.row, value: d.value, count: d.count, sum: d.sum });
        }
      }
      const dayKey = prefix + day;
      const count = daily.get(dayKey);
      if (count) count.count += 1;
      else daily.set(dayKey, { versionId: scope.versionId, schoolId: scope.schoolId, audience: scope.audience, day, count: 1 });
    },
    tallies: () => [...tallies.values()],
    dailyCounts: () => [...daily.values()],
  };
}

export const tallyKey = (r: TallyRow) => [r.versionId, r.schoolId, r.audience, r.question, r.row, r.value].join(SEP);
export const dailyKey = (r: DailyCountRow) => [r.versionId, r.schoolId, r.audience, r.day].join(SEP);
