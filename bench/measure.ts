/** The middle value (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median wall time of `fn` over `rounds` runs, after `warmup` unmeasured runs. */
export async function medianMs(fn: () => Promise<unknown>, rounds = 30, warmup = 5): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * A baseline and a candidate measured in alternation (baseline, candidate, baseline, …), so that a busy neighbour in
 * one stretch of the run slows both sides alike instead of one: the median of each side, and the fastest — for work
 * that is pure computation (no I/O, the same input every round) the fastest round is the one least disturbed by
 * others on the machine, so it is what a ratio of two sizes of the same work should compare.
 */
export async function pairedTimesMs(
  baseline: () => Promise<unknown>,
  candidate: () => Promise<unknown>,
  rounds: number,
  warmup = 1,
): Promise<{ median: { baselineMs: number; candidateMs: number }; fastest: { baselineMs: number; candidateMs: number } }> {
  for (let i = 0; i < warmup; i++) {
    await baseline();
    await candidate();
  }
  const times = { baseline: [] as number[], candidate: [] as number[] };
  const timed = async (fn: () => Promise<unknown>, into: number[]) => {
    const start = performance.now();
    await fn();
    into.push(performance.now() - start);
  };
  for (let i = 0; i < rounds; i++) {
    await timed(baseline, times.baseline);
    await timed(candidate, times.candidate);
  }
  return {
    median: { baselineMs: median(times.baseline), candidateMs: median(times.candidate) },
    fastest: { baselineMs: Math.min(...times.baseline), candidateMs: Math.min(...times.candidate) },
  };
}

export interface BenchResult {
  name: string;
  baselineMs: number;
  candidateMs: number;
  ratio: number;
  target: number;
  pass: boolean;
  /** What else was counted (for example the statements a build sent). */
  note?: string;
}

export function compare(name: string, baselineMs: number, candidateMs: number, target: number): BenchResult {
  const ratio = candidateMs / baselineMs;
  return { name, baselineMs, candidateMs, ratio, target, pass: ratio <= target };
}

/** A size against a budget (the web bundle of issue 16): the ratio is measured ÷ budget, the target 1. */
export interface BudgetResult {
  name: string;
  measuredKb: number;
  budgetKb: number;
  ratio: number;
  target: number;
  pass: boolean;
  /** What else the measurement found, and the same in words for the report line. */
  details: Record<string, number | string>;
  note: string;
}

export function budget(
  name: string,
  measuredKb: number,
  budgetKb: number,
  details: BudgetResult['details'],
  note: string,
): BudgetResult {
  const ratio = measuredKb / budgetKb;
  return { name, measuredKb, budgetKb, ratio, target: 1, pass: ratio <= 1, details, note };
}

/** One line of `npm run bench`'s report. */
export function describeResult(r: BenchResult | BudgetResult): string {
  const verdict = r.pass ? 'PASS' : 'FAIL';
  if ('budgetKb' in r) {
    return `${verdict}  ${r.name}: ${r.measuredKb.toFixed(1)} kB of ${r.budgetKb} kB = ${r.ratio.toFixed(2)}× (target ≤ ${r.target}×); ${r.note}`;
  }
  const note = r.note ? `; ${r.note}` : '';
  return `${verdict}  ${r.name}: ${r.candidateMs.toFixed(2)} ms vs baseline ${r.baselineMs.toFixed(2)} ms = ${r.ratio.toFixed(2)}× (target ≤ ${r.target}×)${note}`;
}
