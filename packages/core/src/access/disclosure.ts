import {
  DISCLOSABLE_PARTS,
  PLAN_SECTIONS,
  type DisclosablePart,
  type DisclosureAudience,
  type ParticipationPlan,
} from '../daginvulling/participation-plan.js';
import type { DataCategory } from './data-categories.js';
import type { AccessBasis } from './decide-access.js';
import type { Role } from './roles.js';

/**
 * Disclosure as data. 003 L1912-1915: someone may choose not to let the workplace know; cooperation
 * then happens only with those who do know. A party that sees a client's day-activity data only
 * through the client's consent sees the parts the client opened to their kind of party (the plan's
 * `disclosure`), nothing more. Each route declares which parts its answer holds; the one access
 * mechanism refuses or filters with the functions below — never a route by itself.
 */

/** The categories whose content the client opens part by part (DOMAIN.md §4.4: the client owns the plan). */
export const DISCLOSED_CATEGORIES: readonly DataCategory[] = ['participation_plan', 'day_activities'];

/** Who sees through the disclosure: whoever has no ground but the client's consent. */
export function isDisclosureLimited(basis: AccessBasis): boolean {
  return basis === 'consent';
}

const AUDIENCE_OF_ROLE: readonly (readonly [Role, DisclosureAudience])[] = [
  ['werkbegeleider', 'werkbegeleider'],
  ['trajectbegeleider', 'trajectbegeleider'],
  ['gemeente', 'gemeente'],
  ['financier', 'financier'],
  ['naaste', 'naaste'],
];

/** The kind of party a user is, for the client's disclosure: by role; any other professional is a `zorgverlener`. */
export function disclosureAudience(roles: readonly Role[]): DisclosureAudience {
  return AUDIENCE_OF_ROLE.find(([role]) => roles.includes(role))?.[1] ?? 'zorgverlener';
}

export type Disclosure = { limited: false } | { limited: true; audience: DisclosureAudience; open: readonly DisclosablePart[] };

export const FULL_DISCLOSURE: Disclosure = { limited: false };

function isDisclosablePart(value: unknown): value is DisclosablePart {
  return typeof value === 'string' && (DISCLOSABLE_PARTS as readonly string[]).includes(value);
}

/**
 * What this caller may see. `entries` is the stored plan's disclosure, read defensively: a damaged
 * or missing document opens nothing rather than everything.
 */
export function disclosureFor(basis: AccessBasis, roles: readonly Role[], entries: unknown): Disclosure {
  if (!isDisclosureLimited(basis)) return FULL_DISCLOSURE;
  const audience = disclosureAudience(roles);
  const list = Array.isArray(entries) ? (entries as Partial<ParticipationPlan['disclosure'][number]>[]) : [];
  const open = new Set<DisclosablePart>();
  for (const entry of list) {
    if (entry?.audience !== audience || !Array.isArray(entry.sections)) continue;
    for (const part of entry.sections) if (isDisclosablePart(part)) open.add(part);
  }
  return { limited: true, audience, open: DISCLOSABLE_PARTS.filter((part) => open.has(part)) };
}

export function isOpen(disclosure: Disclosure, part: DisclosablePart): boolean {
  return !disclosure.limited || disclosure.open.includes(part);
}

/** Which parts a route's answer is made of: declared per route, enforced by the mechanism. */
export type DisclosureSpec =
  /** The whole answer is made of these parts: without every one of them open, the request is refused. */
  | { kind: 'whole'; parts: readonly DisclosablePart[] }
  /**
   * An object answer: a field named with a part is emptied unless that part is open; a field named
   * `sections` holds an object whose keys are parts (the plan) and keeps only the open ones.
   */
  | { kind: 'fields'; fields: Readonly<Record<string, DisclosablePart | 'sections'>> }
  /** Nothing in the answer is the client's to disclose (e.g. who saved which version). */
  | { kind: 'none' };

/** The parts a `whole` answer needs that are not open to this caller (empty: go ahead). */
export function missingParts(spec: DisclosureSpec, disclosure: Disclosure): DisclosablePart[] {
  if (spec.kind !== 'whole') return [];
  return spec.parts.filter((part) => !isOpen(disclosure, part));
}

/** The answer as this caller may see it. Hidden list fields become empty lists, other hidden fields null. */
export function applyDisclosure<T>(spec: DisclosureSpec, disclosure: Disclosure, value: T): T {
  if (!disclosure.limited || spec.kind !== 'fields' || value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [field, part] of Object.entries(spec.fields)) {
    if (!(field in copy)) continue;
    if (part === 'sections') {
      const inner = copy[field];
      copy[field] =
        inner && typeof inner === 'object'
          ? Object.fromEntries(Object.entries(inner).filter(([key]) => isDisclosablePart(key) && disclosure.open.includes(key)))
          : inner;
    } else if (!disclosure.open.includes(part)) {
      copy[field] = Array.isArray(copy[field]) ? [] : null;
    }
  }
  return copy as T;
}

/**
 * A plan saved by a party that sees it through the disclosure: the open sections take the new
 * values; every other section — and the disclosure itself, which is the client's choice — stays as
 * stored. Nothing the writer could not see is lost or changed.
 */
export function mergeDisclosedWrite(
  stored: ParticipationPlan,
  incoming: ParticipationPlan,
  disclosure: Disclosure,
): ParticipationPlan {
  if (!disclosure.limited) return incoming;
  const merged: Record<string, unknown> = { ...stored };
  for (const section of PLAN_SECTIONS) {
    if (disclosure.open.includes(section)) merged[section] = incoming[section];
  }
  return merged as unknown as ParticipationPlan;
}
