/**
 * How much the generator makes, and how it is spread over organisations. At scale 1 (issue 16): 200 organisations,
 * 100,000 clients, 5,000 offers (one group each), about 1,000,000 treatment sessions (ten per client, in one
 * trajectory each) and about 1,000,000 attendance records (each client in one group of ten past occurrences).
 * Scale 0.01 makes a hundredth of every count (at least two organisations).
 */
export const FULL = { organisations: 200, clients: 100_000, offers: 5_000 } as const;
/** Sessions per trajectory and occurrences per group: per client, the same history at every scale. */
export const SESSIONS_PER_CLIENT = 10;
export const OCCURRENCES_PER_GROUP = 10;
/** One therapist per this many clients, one activity supervisor per this many groups (at least one each). */
const CLIENTS_PER_THERAPIST = 40;
const GROUPS_PER_SUPERVISOR = 4;

export interface GenerateOptions {
  seed: number;
  scale: number;
  /** The hash every generated account gets (so the bench can sign in); the CSV stays deterministic. */
  passwordHash: string;
  /** The measured organisation is the one with the client count nearest this; default the mean (see midSizedOrg). */
  probeClients?: number;
}

/** One organisation's share: ranges of global row numbers per kind, so ids can be computed from anywhere. */
export interface OrgPlan {
  index: number;
  clients: { from: number; count: number };
  offers: { from: number; count: number };
  therapists: { from: number; count: number };
  supervisors: { from: number; count: number };
}

export interface Plan {
  options: GenerateOptions;
  orgs: OrgPlan[];
  totals: { clients: number; offers: number; therapists: number; supervisors: number };
}

/**
 * A realistic skew: organisation sizes follow Zipf's law (weight 1/rank), so a few large organisations hold much of
 * the data and most are small — as in Dutch care, where a few regional institutions sit beside many small practices.
 * Counts are split by largest remainder so the totals are exact; every organisation has at least one client and offer.
 */
export function planOf(options: GenerateOptions): Plan {
  const orgCount = Math.max(2, Math.round(FULL.organisations * options.scale));
  const clients = Math.max(orgCount, Math.round(FULL.clients * options.scale));
  const offers = Math.max(orgCount, Math.round(FULL.offers * options.scale));
  const weights = Array.from({ length: orgCount }, (_, i) => 1 / (i + 1));
  const clientShares = split(clients, weights);
  const offerShares = split(offers, weights);
  const orgs: OrgPlan[] = [];
  const next = { clients: 0, offers: 0, therapists: 0, supervisors: 0 };
  for (let i = 0; i < orgCount; i++) {
    const c = clientShares[i] ?? 1;
    const o = offerShares[i] ?? 1;
    const t = Math.max(1, Math.ceil(c / CLIENTS_PER_THERAPIST));
    const s = Math.max(1, Math.ceil(o / GROUPS_PER_SUPERVISOR));
    orgs.push({
      index: i,
      clients: { from: next.clients, count: c },
      offers: { from: next.offers, count: o },
      therapists: { from: next.therapists, count: t },
      supervisors: { from: next.supervisors, count: s },
    });
    next.clients += c;
    next.offers += o;
    next.therapists += t;
    next.supervisors += s;
  }
  return { options, orgs, totals: next };
}

/** `total` split in proportion to `weights`, each part at least 1, summing exactly to `total`. */
function split(total: number, weights: number[]): number[] {
  const spare = total - weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (spare * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let left = spare - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts.map((p) => p + 1);
}

/**
 * The organisation the bench measures: "mid-sized" = the one whose client count is nearest the mean (100,000 / 200 =
 * 500 at scale 1), the smaller one on a tie; or nearest `clients` when given (the same size at two scales).
 */
export function midSizedOrg(plan: Plan, clients?: number): OrgPlan {
  const target = clients ?? plan.totals.clients / plan.orgs.length;
  let best = plan.orgs[0] as OrgPlan;
  for (const o of plan.orgs) {
    const d = Math.abs(o.clients.count - target);
    const bestD = Math.abs(best.clients.count - target);
    if (d < bestD || (d === bestD && o.clients.count < best.clients.count)) best = o;
  }
  return best;
}

/** The group (= offer) a client attends: the org's clients spread round-robin over its groups. */
export const groupOfClient = (org: OrgPlan, client: number): number =>
  org.offers.from + ((client - org.clients.from) % org.offers.count);
/** The therapist who treats a client (and sits in the care team), round-robin within the organisation. */
export const therapistOfClient = (org: OrgPlan, client: number): number =>
  org.therapists.from + ((client - org.clients.from) % org.therapists.count);
/** The supervisor of a group, round-robin within the organisation. */
export const supervisorOfGroup = (org: OrgPlan, group: number): number =>
  org.supervisors.from + ((group - org.offers.from) % org.supervisors.count);
/**
 * A client's place in their therapist's caseload (0 … 39): it fixes the weekday (slot % 5) and hour (slot / 5) of
 * their weekly session, so no two appointments of one therapist overlap (the agenda locks per professional).
 */
export const slotOfClient = (org: OrgPlan, client: number): number =>
  Math.floor((client - org.clients.from) / org.therapists.count) % CLIENTS_PER_THERAPIST;
