export interface KeywordScore {
  keyword: string;
  /** Answers of the unit that contain it. */
  count: number;
  /** Signed log-likelihood ratio (G²): how much more often the unit uses it than the rest. */
  score: number;
}

const term = (k: number, e: number) => (k > 0 ? k * Math.log(k / e) : 0);

/**
 * Keywords a unit (a school, a district) uses more than the rest of the city, by Dunning's
 * log-likelihood ratio on answer counts: `unit` and `rest` map keyword → answers containing it,
 * out of `unitTotal` and `restTotal` answers. Rare words need a real difference to rank, unlike a
 * plain ratio; only keywords over-represented in the unit are returned, best first.
 */
export function distinctiveKeywords(unit: Map<string, number>, unitTotal: number, rest: Map<string, number>, restTotal: number, top = 20): KeywordScore[] {
  const out: KeywordScore[] = [];
  const n = unitTotal + restTotal;
  if (unitTotal === 0 || restTotal === 0) return out;
  for (const [keyword, a] of unit) {
    const b = rest.get(keyword) ?? 0;
    if (a < 2 || a / unitTotal <= b / restTotal) continue;
    const c = unitTotal - a;
    const d = restTotal - b;
    const present = a + b;
    const absent = c + d;
    const g2 = 2 * (term(a, (unitTotal * present) / n) + term(b, (restTotal * present) / n) + term(c, (unitTotal * absent) / n) + term(d, (restTotal * absent) / n));
    out.push({ keyword, count: a, score: Math.round(g2 * 100) / 100 });
  }
  return out.sort((x, y) => y.score - x.score || y.count - x.count).slice(0, top);
}
