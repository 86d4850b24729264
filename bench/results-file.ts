import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import type { BenchResult, BudgetResult } from './measure.js';

/** The machine a run was measured on: ratios only compare within one run, but a reader needs the context. */
export function describeMachine(engine: string): Record<string, string | number> {
  const cpu = cpus();
  return {
    engine,
    node: process.version,
    platform: `${platform()} ${release()}`,
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
  };
}

/** Writes `bench/results/<engine>.json`: the machine, the time of the run and every result with its target. */
export function writeResults(engine: string, results: (BenchResult | BudgetResult)[], at: Date): string {
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${engine}.json`, dir);
  const body = { measuredAt: at.toISOString(), machine: describeMachine(engine), results };
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  return file.pathname;
}
