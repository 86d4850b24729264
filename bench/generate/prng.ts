/**
 * A small seeded PRNG (mulberry32) and a stable integer hash, so the generator makes the same rows from the same seed
 * on every machine: no Math.random, no clock, no crypto randomness.
 */
export type Random = () => number;

/** mulberry32: 32-bit state, uniform in [0, 1). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** murmur3's finaliser over several words: a well-mixed 32-bit hash of small integers. */
export function mix(...words: number[]): number {
  let h = 0x9747b28c;
  for (const w of words) {
    let k = Math.imul(w >>> 0, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h ^= k;
    h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** `mix` of exactly four words, without the rest-argument array (the generator calls it millions of times). */
function mix4(w0: number, w1: number, w2: number, w3: number): number {
  let h = 0x9747b28c;
  h = round(h, w0);
  h = round(h, w1);
  h = round(h, w2);
  h = round(h, w3);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
function round(h: number, w: number): number {
  let k = Math.imul(w >>> 0, 0xcc9e2d51);
  k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
  h ^= k;
  return (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) >>> 0;
}

/** A 32-bit number for a name (the table or kind a stream of random numbers belongs to). */
const nameHashes = new Map<string, number>();
export function nameHash(name: string): number {
  const known = nameHashes.get(name);
  if (known !== undefined) return known;
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  nameHashes.set(name, h);
  return h;
}

/** A random stream for one purpose (table, organisation): independent of the order tables are generated in. */
export function streamFor(seed: number, purpose: string, n = 0): Random {
  return mulberry32(mix(seed, nameHash(purpose), n));
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex4 = (n: number) => (HEX[(n >>> 8) & 255] as string) + (HEX[n & 255] as string);

/**
 * The UUID of the `n`th row of a kind ('client', 'offer', …): random-looking (so indexes see the spread real v4 ids
 * have), shaped as version 4, and computable from anywhere, so a table can refer to another without holding it.
 */
export function uuidFor(seed: number, kind: string, n: number): string {
  const k = nameHash(kind);
  const a = mix4(seed, k, n, 1);
  const b = mix4(seed, k, n, 2);
  const c = mix4(seed, k, n, 3);
  const d = mix4(seed, k, n, 4);
  // xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx
  return (
    hex4(a >>> 16) +
    hex4(a) +
    '-' +
    hex4(b >>> 16) +
    '-' +
    hex4(((b & 0x0fff) | 0x4000) >>> 0) +
    '-' +
    hex4(((c >>> 16) & 0x3fff) | 0x8000) +
    '-' +
    hex4(c) +
    hex4(d >>> 16) +
    hex4(d)
  );
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
