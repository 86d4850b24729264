import { median, type BenchResult } from './measure.js';

/** One operation; `i` numbers the operations of a measurement from 0, so each can use data of its own. */
export type Operation = (i: number) => Promise<unknown>;

export interface ThroughputOptions {
  /** Callers working at once, each starting its next operation as soon as the previous one answered. */
  callers: number;
  /** Operations per measured round (all callers together). */
  operations: number;
  /**
   * Unmeasured operations before the first round, per side: enough for the server's code to run optimised, as in a
   * server that has been up for a while (the client record's API side took some thousands of calls to settle).
   */
  warmup: number;
  /** Measured rounds per side, alternating bare and API so that a noisy neighbour hits both alike. */
  rounds: number;
}

/** `count` operations by `callers` parallel callers; operations per second over the wall time. */
export async function opsPerSecond(op: Operation, callers: number, count: number, first = 0): Promise<number> {
  let next = 0;
  const start = performance.now();
  const caller = async () => {
    while (next < count) {
      const i = next++;
      await op(first + i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(callers, count) }, caller));
  return (count * 1000) / (performance.now() - start);
}

/** Operations a comparison needs per side: the warm-up and every measured round (for data of their own). */
export function operationsNeeded(options: ThroughputOptions): number {
  return options.warmup + options.rounds * options.operations;
}

/**
 * A throughput target (issue 16: "the API ≥ 0.7× the throughput of the bare driver") as a result of the run:
 * the times are milliseconds per operation at each side's median throughput (wall time ÷ operations, with the
 * callers in parallel); the ratio is bare ÷ API on throughput — the median of the rounds' own ratios, each round of
 * the API set against the bare round just before it — so the target is 1 / 0.7; the note says it in throughput.
 */
export function throughputResult(
  name: string,
  rounds: { bare: number[]; api: number[] },
  minThroughputRatio: number,
  note: string,
): BenchResult {
  const bareOpsPerSecond = median(rounds.bare);
  const apiOpsPerSecond = median(rounds.api);
  const perRound = rounds.api.map((api, i) => api / (rounds.bare[i] as number));
  const throughputRatio = median(perRound);
  const spread = `rounds ${Math.min(...perRound).toFixed(2)}–${Math.max(...perRound).toFixed(2)}×`;
  return {
    name,
    baselineMs: 1000 / bareOpsPerSecond,
    candidateMs: 1000 / apiOpsPerSecond,
    ratio: 1 / throughputRatio,
    target: Number((1 / minThroughputRatio).toFixed(3)),
    pass: throughputRatio >= minThroughputRatio,
    note:
      `API ${apiOpsPerSecond.toFixed(0)} ops/s, the bare driver ${bareOpsPerSecond.toFixed(0)} ops/s: ` +
      `${throughputRatio.toFixed(2)}× (median of ${perRound.length} paired rounds, ${spread}; target ≥ ${minThroughputRatio}×)` +
      `${note ? `; ${note}` : ''}`,
  };
}

/** A third side measured in the same rounds, reported beside the ratio (not part of the target). */
export interface ThroughputReference {
  op: Operation;
  /** What the reference is, for the note: "<ops/s> ops/s <describe>". */
  describe: string;
}

/**
 * Bare and API throughput in one run: a warm-up of each, then `rounds` rounds, each the bare side and then the API
 * (so a noisy neighbour or the database's own housekeeping in one stretch of the run hits a pair, not one side).
 * Each side's operations are numbered 0, 1, … across warm-up and rounds, so an operation can take a fresh row.
 * A reference, when given, runs in the same rounds (after the API) and its median goes into the note.
 */
export async function compareThroughput(
  name: string,
  bare: Operation,
  api: Operation,
  options: ThroughputOptions,
  minThroughputRatio: number,
  note: string,
  reference?: ThroughputReference,
): Promise<BenchResult> {
  const sides = reference ? [bare, api, reference.op] : [bare, api];
  for (const side of sides) await opsPerSecond(side, options.callers, options.warmup);
  const rounds: number[][] = sides.map(() => []);
  for (let round = 0; round < options.rounds; round++) {
    const first = options.warmup + round * options.operations;
    for (const [s, side] of sides.entries())
      rounds[s]?.push(await opsPerSecond(side, options.callers, options.operations, first));
  }
  const [bareRounds = [], apiRounds = [], referenceRounds] = rounds;
  const referenceNote = reference && referenceRounds ? `; ${median(referenceRounds).toFixed(0)} ops/s ${reference.describe}` : '';
  return throughputResult(name, { bare: bareRounds, api: apiRounds }, minThroughputRatio, `${note}${referenceNote}`);
}
