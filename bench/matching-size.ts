import { rankOffers, type MatchableOffer, type MatchingPerson } from '@meedoen/core';
import { median } from './measure.js';
import { generateOffers, generatePersons } from './matching-data.js';

/** 5 k offers for 10 k persons (issue 16); `factor` 2 is twice the data. */
export const SIZES = { offers: 5_000, persons: 10_000 };
/** Persons matched per measurement, every 1 in (persons ÷ SAMPLE) of the population. */
export const SAMPLE = 100;
const SEED = 16;
const WARMUP = 2;
const ROUNDS = 9;

export interface SizeMeasure {
  fastestMs: number;
  medianMs: number;
  /** Offers ranked (not excluded) over the sample. */
  ranked: number;
}

function sample(persons: MatchingPerson[]): MatchingPerson[] {
  const step = Math.floor(persons.length / SAMPLE);
  return Array.from({ length: SAMPLE }, (_, i) => persons[i * step] as MatchingPerson);
}

function matchAll(persons: readonly MatchingPerson[], offers: MatchableOffer[]): number {
  let ranked = 0;
  for (const person of persons) ranked += rankOffers(person, offers).ranked.length;
  return ranked;
}

/** Core's `rankOffers` for the sample against every offer, at `factor` times the data: warm-up, then timed rounds. */
export function measureSize(factor: number): SizeMeasure {
  const offers = generateOffers(factor * SIZES.offers, SEED);
  const persons = sample(generatePersons(factor * SIZES.persons, SEED + 1));
  let ranked = 0;
  for (let i = 0; i < WARMUP; i++) ranked = matchAll(persons, offers);
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    matchAll(persons, offers);
    times.push(performance.now() - start);
  }
  return { fastestMs: Math.min(...times), medianMs: median(times), ranked };
}

/** The variable that makes this module, run as a process of its own (matching.bench.ts), measure one size. */
export const MEASURE_SIZE = 'MEEDOEN_BENCH_MATCHING_FACTOR';
const factor = process.env[MEASURE_SIZE];
if (factor) process.stdout.write(JSON.stringify(measureSize(Number(factor))));
