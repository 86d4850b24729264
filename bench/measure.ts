/** Median wall time of `fn` over `rounds` runs, after `warmup` unmeasured runs. */
export async function medianMs(fn: () => Promise<unknown>, rounds = 30, warmup = 5): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export interface BenchResult {
  name: string;
  baselineMs: number;
  candidateMs: number;
  ratio: number;
  target: number;
  pass: boolean;
}

export function compare(name: string, baselineMs: number, candidateMs: number, target: number): BenchResult {
  const ratio = candidateMs / baselineMs;
  return { name, baselineMs, candidateMs, ratio, target, pass: ratio <= target };
}
