import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { countingQueryable } from '../testing/query-counter.js';
import { createTestOrganisation, createTestUser, openTestDatabase } from '../testing/test-database.js';
import { buildIwmoRuns } from './declaration-store.js';
import { buildPm304Runs } from './pm304-runs.js';
import { buildWlzRuns } from './wlz-runs.js';

/**
 * Declaring a month reads per month, not per person (issue 12 performance): building the runs of a route sends
 * as many statements for 12 persons as for 2. A per-person read would make the counts differ.
 */

/** An organisation with `persons` persons on each route: a Wmo allocation, a Wlz indication, an insured ergotherapie client. */
async function organisationWith(db: Database, persons: number): Promise<{ orgId: string; userId: string }> {
  const orgId = await createTestOrganisation(db, `Statements ${persons}`);
  const { id: userId } = await createTestUser(db, orgId, ['beheerder']);
  await db.withOrg(orgId, async (tx) => {
    const offers = await tx.query<{ id: string; access: string }>(
      `insert into offers (org_id, name, provider, internal, description, form, access, level, group_or_individual, schedule,
         social_safety, last_confirmed_on, search)
       select $1, 'Werkplaats', 'Test', true, 'x', 'arbeidsmatige_dagbesteding', a, 'vmbo', 'groep', '[]', '{}', '2026-01-01',
         to_tsvector('dutch', 'x') from unnest(array['wmo_maatwerk', 'wlz']) as a returning id, access`,
      [orgId],
    );
    // Every person 3 × (Wmo, Wlz, ergotherapie): family names say which.
    await tx.query(
      `insert into clients (org_id, given_name, family_name, birth_date, care_setting)
       select $1, 'P', kind || n, '1970-01-01', 'thuis' from generate_series(1, $2) as n
       cross join unnest(array['wmo', 'wlz', 'ergo']) as kind`,
      [orgId, persons],
    );
    await tx.query(
      `insert into entitlement_versions (org_id, client_id, version, recorded_by) select $1, id, 1, $2 from clients where org_id = $1`,
      [orgId, userId],
    );
    await tx.query(
      `insert into client_identifiers (org_id, client_id, version, bsn) select $1, id, 1, '111222333' from clients where org_id = $1`,
      [orgId],
    );
    await tx.query(
      `insert into wmo_allocations (org_id, client_id, version, allocation_number, municipality_code, product_category,
         product_code, volume, unit, frequency, tariff_cents, valid_from, valid_until, source)
       select $1, id, 1, 'A' || family_name, '0193', '07', '07A01', 10, '16', '2', 5000, '2026-01-01', '2026-12-31', 'manual'
       from clients where org_id = $1 and family_name like 'wmo%'`,
      [orgId],
    );
    await tx.query(
      `insert into wlz_indications (org_id, client_id, version, valid_from, valid_until, delivery_form, with_treatment,
         stay_by_this_organisation, dagbesteding_in_stay, zorgkantoor)
       select $1, id, 1, '2026-01-01', null, 'mpt', false, false, false, '5501' from clients
       where org_id = $1 and family_name like 'wlz%'`,
      [orgId],
    );
    await tx.query(
      `insert into insurances (org_id, client_id, version, valid_from, valid_until, uzovi, insured_number)
       select $1, id, 1, '2026-01-01', null, '3311', '987654321' from clients where org_id = $1 and family_name like 'ergo%'`,
      [orgId],
    );
    for (const offer of offers) {
      const [group] = await tx.query<{ id: string }>(
        `insert into activity_groups (org_id, offer_id, name, schedule, location, capacity, season_from)
         values ($1, $2, 'g', '[]', 'x', 1000, '2026-01-01') returning id`,
        [orgId, offer.id],
      );
      await tx.query(
        `with o as (insert into occurrences (org_id, group_id, date, starts, ends)
           select $1, $2, d::date, '09:00', '13:00' from unnest(array['2026-03-03', '2026-03-10']) as d returning id)
         insert into attendance_records (org_id, occurrence_id, client_id, status, arrival, departure, minutes, recorded_by)
         select $1, o.id, c.id, 'aanwezig', '09:00', '13:00', 240, $3 from o
         cross join clients c where c.org_id = $1 and c.family_name like $4`,
        [orgId, group?.id, userId, offer.access === 'wlz' ? 'wlz%' : 'wmo%'],
      );
    }
    // An ergotherapie trajectory per insured client under direct access, with one session in March.
    await tx.query(
      `insert into trajectories (org_id, client_id, discipline, request_type, therapist_id, state, last_seq)
       select $1, id, 'ergotherapie', 'behandeling', $2, 'in_behandeling', 3 from clients
       where org_id = $1 and family_name like 'ergo%'`,
      [orgId, userId],
    );
    await tx.query(
      `insert into trajectory_events (org_id, trajectory_id, seq, type, data, actor_id, at)
       select $1, t.id, e.seq, e.data->>'type', e.data, $2::uuid, now() from trajectories t
       cross join lateral (values
         (1, jsonb_build_object('type', 'referred', 'referral', jsonb_build_object('discipline', 'ergotherapie',
           'source', 'zelf_dte', 'requestType', 'behandeling', 'funding', 'zvw', 'referrerName', 'Zelf', 'question', 'x',
           'therapistId', $2::text, 'regiebehandelaarId', null, 'receivedOn', '2026-01-02'))),
         (2, jsonb_build_object('type', 'indication_set', 'focus', 'x', 'rationale', 'x')),
         (3, jsonb_build_object('type', 'session_recorded', 'session', jsonb_build_object('id', gen_random_uuid()::text,
           'date', '2026-03-05', 'startTime', '10:00', 'form', 'individueel', 'setting', 'praktijk', 'homeVisitReason', null,
           'directMinutes', 30, 'indirectMinutes', 0, 'activities', 'x', 'observations', 'x', 'sessionEvaluation', 'x',
           'groupSessionId', null, 'outcomeMeasured', false)))) as e(seq, data)
       where t.org_id = $1`,
      [orgId, userId],
    );
  });
  return { orgId, userId };
}

describe('declaring a month: statements per build do not grow with the persons', { timeout: 300_000 }, () => {
  let db: Database;
  let small: { orgId: string; userId: string };
  let large: { orgId: string; userId: string };

  beforeAll(async () => {
    db = await openTestDatabase();
    small = await organisationWith(db, 2);
    large = await organisationWith(db, 12);
  });
  afterAll(async () => {
    await db?.close();
  });

  /** Build a route's runs in a transaction that is rolled back: the statements sent and the persons declared. */
  const counted = async (org: { orgId: string; userId: string }, build: typeof buildIwmoRuns) => {
    let result = { statements: 0, persons: 0 };
    await db
      .withOrg(org.orgId, async (tx) => {
        const counting = countingQueryable(tx);
        const runs = await build(counting, org.orgId, org.userId, '2026-03', '2026-04-02');
        result = { statements: counting.count, persons: runs.reduce((a, r) => a + r.clientIds.length, 0) };
        throw new Error('rolled back');
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error) || error.message !== 'rolled back') throw error;
      });
    return result;
  };

  it.each([
    ['iwmo_323', buildIwmoRuns],
    ['pm304', buildPm304Runs],
    ['wlz', buildWlzRuns],
  ] as const)('%s: 2 and 12 persons declared with the same number of statements', async (_route, build) => {
    const two = await counted(small, build);
    const twelve = await counted(large, build);
    expect([two.persons, twelve.persons]).toEqual([2, 12]);
    expect(twelve.statements).toBe(two.statements);
  });
});
