import type { MatchableOffer } from '@meedoen/core';
import type { Static } from 'typebox';
import type { Queryable } from '../db/database.js';
import type { OfferInput } from './offer-schemas.js';

export type OfferInputData = Static<typeof OfferInput>;

const COLUMNS = `o.id, o.name, o.provider, o.internal, o.description, o.form, o.access, o.conditions, o.for_whom as "forWhom",
  o.interests, o.learn, o.level, o.group_or_individual as "groupOrIndividual", o.schedule, o.evenings_weekends as "eveningsWeekends",
  o.open_in_holidays as "openInHolidays", o.capacity, o.address, o.municipality, o.neighbourhood, o.lat, o.lon, o.online, o.public_transport as "publicTransport",
  o.wheelchair_accessible as "wheelchairAccessible", o.low_stimulus as "lowStimulus", o.small_scale as "smallScale",
  o.social_safety as "socialSafety", o.cost_per_month::float as "costPerMonth", o.compensation_per_hour::float as "compensationPerHour",
  o.benefit_effect as "benefitEffect", o.roles, o.experts_by_experience as "expertsByExperience", o.partners, o.results,
  o.last_confirmed_on as "lastConfirmedOn", o.version, (o.last_confirmed_on < $1::date - $2::int) as stale`;

/** The text Dutch full-text search looks at. */
function searchText(o: OfferInputData): string {
  return [
    o.name,
    o.provider,
    o.description,
    o.forWhom,
    o.interests.join(' '),
    o.learn.join(' '),
    o.conditions,
    o.address ?? '',
  ].join(' ');
}

const VALUES = (o: OfferInputData) => [
  o.name,
  o.provider,
  o.internal,
  o.description,
  o.form,
  o.access,
  o.conditions,
  o.forWhom,
  o.interests,
  o.learn,
  o.level,
  o.groupOrIndividual,
  JSON.stringify(o.schedule),
  o.eveningsWeekends,
  o.openInHolidays,
  o.capacity,
  o.address,
  o.lat,
  o.lon,
  o.online,
  o.publicTransport,
  o.wheelchairAccessible,
  o.lowStimulus,
  o.smallScale,
  JSON.stringify(o.socialSafety),
  o.costPerMonth,
  o.compensationPerHour,
  o.benefitEffect,
  o.roles,
  o.expertsByExperience,
  o.partners,
  o.results,
  searchText(o),
];

export async function insertOffer(
  tx: Queryable,
  orgId: string,
  offer: OfferInputData,
  confirmedOn: string,
  id?: string,
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into offers (id, org_id, name, provider, internal, description, form, access, conditions, for_whom, interests, learn, level,
       group_or_individual, schedule, evenings_weekends, open_in_holidays, capacity, address, lat, lon, online, public_transport,
       wheelchair_accessible, low_stimulus, small_scale, social_safety, cost_per_month, compensation_per_hour, benefit_effect, roles,
       experts_by_experience, partners, results, search, last_confirmed_on)
     values (coalesce($35::uuid, gen_random_uuid()), $36, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
       $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, meedoen_dutch_vector($33), $34)
     on conflict (org_id, id) do nothing returning id`,
    [...VALUES(offer), confirmedOn, id ?? null, orgId],
  );
  if (row) await setOfferArea(tx, row.id, offer);
  return row?.id ?? id ?? '';
}

/** Where the offer is for the municipal overview: municipality and neighbourhood (wijk). */
async function setOfferArea(tx: Queryable, id: string, offer: OfferInputData): Promise<void> {
  await tx.query(`update offers set municipality = $2, neighbourhood = $3 where id = $1`, [
    id,
    offer.municipality ?? null,
    offer.neighbourhood ?? null,
  ]);
}

/** Update with optimistic concurrency: returns false when the version moved on. */
export async function updateOffer(
  tx: Queryable,
  id: string,
  offer: OfferInputData,
  expectedVersion: number,
  confirmedOn: string,
): Promise<boolean> {
  const rows = await tx.query(
    `update offers set name = $1, provider = $2, internal = $3, description = $4, form = $5, access = $6, conditions = $7, for_whom = $8,
       interests = $9, learn = $10, level = $11, group_or_individual = $12, schedule = $13, evenings_weekends = $14, open_in_holidays = $15,
       capacity = $16, address = $17, lat = $18, lon = $19, online = $20, public_transport = $21, wheelchair_accessible = $22, low_stimulus = $23,
       small_scale = $24, social_safety = $25, cost_per_month = $26, compensation_per_hour = $27, benefit_effect = $28, roles = $29,
       experts_by_experience = $30, partners = $31, results = $32, search = meedoen_dutch_vector($33), last_confirmed_on = $34, version = version + 1
     where id = $35 and version = $36 returning id`,
    [...VALUES(offer), confirmedOn, id, expectedVersion],
  );
  if (rows.length > 0) await setOfferArea(tx, id, offer);
  return rows.length > 0;
}

export interface OfferFilter {
  q?: string | undefined;
  form?: string | undefined;
  wheelchairAccessible?: boolean | undefined;
  lowStimulus?: boolean | undefined;
  maxCostPerMonth?: number | undefined;
  access?: string | undefined;
  internal?: boolean | undefined;
  stale?: boolean | undefined;
  /** At most this many offers; null: all of them (matching ranks every offer, never the first n by name). */
  limit: number | null;
}

export type OfferRow = OfferInputData & { id: string; lastConfirmedOn: string; stale: boolean; version: number };

export async function searchOffers(
  tx: Queryable,
  orgId: string,
  today: string,
  staleDays: number,
  f: OfferFilter,
): Promise<OfferRow[]> {
  return tx.query<OfferRow>(
    `select ${COLUMNS} from offers o
      where o.org_id = $12 and ($3::text is null or o.search @@ meedoen_dutch_query($3))
        and ($4::text is null or o.form = $4)
        and ($5::boolean is null or o.wheelchair_accessible = $5)
        and ($6::boolean is null or o.low_stimulus = $6)
        and ($7::numeric is null or o.cost_per_month <= $7)
        and ($8::text is null or o.access = $8)
        and ($9::boolean is null or o.internal = $9)
        and ($10::boolean is null or (o.last_confirmed_on < $1::date - $2::int) = $10)
      order by case when $3::text is null then 0 else ts_rank(o.search, meedoen_dutch_query($3)) end desc, o.name
      limit $11`,
    [
      today,
      staleDays,
      f.q ?? null,
      f.form ?? null,
      f.wheelchairAccessible ?? null,
      f.lowStimulus ?? null,
      f.maxCostPerMonth ?? null,
      f.access ?? null,
      f.internal ?? null,
      f.stale ?? null,
      f.limit,
      orgId,
    ],
  );
}

export async function loadOffer(tx: Queryable, id: string, today: string, staleDays: number): Promise<OfferRow | null> {
  const [row] = await tx.query<OfferRow>(`select ${COLUMNS} from offers o where o.id = $3`, [today, staleDays, id]);
  return row ?? null;
}

export function toMatchable(o: OfferRow): MatchableOffer {
  return {
    id: o.id,
    name: o.name,
    form: o.form,
    access: o.access,
    location: o.lat !== null && o.lon !== null && !o.online ? { lat: o.lat, lon: o.lon } : null,
    schedule: o.schedule,
    wheelchairAccessible: o.wheelchairAccessible,
    lowStimulus: o.lowStimulus,
    smallScale: o.smallScale,
    costPerMonth: o.costPerMonth,
    interests: o.interests,
    learn: o.learn,
    level: o.level,
    roles: o.roles,
    socialSafety: o.socialSafety,
    stale: o.stale,
  };
}
