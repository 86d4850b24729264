import { splitFamilyName, TUSSENVOEGSELS } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { MATRIX_OFFER } from '../testing/client-record-fixture.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import { createTestOrganisation, createTestUser, openTestDatabase } from '../testing/test-database.js';

const PEOPLE = [
  ['Piet', 'Bos', '1970-01-02'],
  ['Anna', 'van den Berg', '2012-03-14'],
  ['Kees', 'Aalders', '1980-05-05'],
  ['Sanne', 'de Vries', '1990-07-08'],
  ['Joost', "'t Hart", '1985-11-30'],
  ['Emma', 'Vandenberg', '2001-02-03'],
] as const;

/** Issue 14: names sorted and found the Dutch way, and a search that finds "fiets" for "fietsen". */
describe('Dutch names and Dutch search', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let planner: Session;

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    orgId = await createTestOrganisation(db, 'Namen');
    await db.withOrg(orgId, async (tx) => {
      for (const [given, family, born] of PEOPLE) {
        await tx.query(
          `insert into clients (org_id, given_name, family_name, birth_date, care_setting) values ($1, $2, $3, $4, 'thuis')`,
          [orgId, given, family, born],
        );
      }
    });
    const user = await createTestUser(db, orgId, ['planner'], 'Planner');
    planner = await signIn(app, user.email, user.password);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  async function names(query = ''): Promise<string[]> {
    const response = await app.inject({ method: 'GET', url: `/api/v1/clients${query}`, headers: planner.headers });
    expect(response.statusCode).toBe(200);
    return (response.json() as { items: { familyName: string }[] }).items.map((c) => c.familyName);
  }

  it('lists "van den Berg" under B and "\'t Hart" under H', async () => {
    expect(await names()).toEqual(['Aalders', 'van den Berg', 'Bos', "'t Hart", 'Vandenberg', 'de Vries']);
  });

  it('finds a client by the words of the name, with or without the prefix, and by date of birth', async () => {
    expect(await names('?q=berg')).toEqual(['van den Berg', 'Vandenberg']);
    expect(await names(`?q=${encodeURIComponent('Anna van den Berg')}`)).toEqual(['van den Berg']);
    expect(await names(`?q=${encodeURIComponent('anna berg')}`)).toEqual(['van den Berg']);
    expect(await names('?q=14-03-2012')).toEqual(['van den Berg']);
    expect(await names('?q=2012-03-14')).toEqual(['van den Berg']);
    expect(await names('?q=15-03-2012')).toEqual([]);
  });

  it('derives the sort name in the database exactly as core splits it, for every prefix', async () => {
    const samples = TUSSENVOEGSELS.map((prefix) => (prefix.endsWith("'") ? `${prefix}Ancona` : `${prefix} Jansen`));
    // the generated column of migration 0016 against core's split
    const sampleOrg = await createTestOrganisation(db, 'Voorvoegsels');
    const stored = await db.withOrg(sampleOrg, async (tx) => {
      const out: Record<string, string> = {};
      for (const name of samples) {
        const [row] = await tx.query<{ family_sort: string }>(
          `insert into clients (org_id, given_name, family_name, birth_date, care_setting)
           values ($1, 'Proef', $2, '2000-01-01', 'thuis') returning family_sort`,
          [sampleOrg, name],
        );
        out[name] = row?.family_sort ?? '';
      }
      return out;
    });
    for (const name of samples) expect([name, stored[name]]).toEqual([name, splitFamilyName(name).surname.toLowerCase()]);
  });

  it('finds "fiets" when searching "fietsen", and the other way round, on the social map', async () => {
    for (const [name, description] of [
      ['Fietsenwerkplaats', 'Wij repareren een fiets per dag'],
      ['Wandelgroep', 'Samen fietsen en wandelen in de natuur'],
    ]) {
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/offers',
        headers: planner.headers,
        payload: { ...MATRIX_OFFER, name, description },
      });
      expect(created.statusCode).toBe(201);
    }
    const search = async (q: string): Promise<string[]> => {
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/offers?q=${encodeURIComponent(q)}`,
        headers: planner.headers,
      });
      expect(response.statusCode).toBe(200);
      return (response.json() as { name: string }[]).map((o) => o.name).sort();
    };
    expect(await search('fietsen')).toEqual(['Fietsenwerkplaats', 'Wandelgroep']);
    expect(await search('fiets')).toEqual(['Fietsenwerkplaats', 'Wandelgroep']);
    expect(await search('fiets -wandelen')).toEqual(['Fietsenwerkplaats']);
  });
});
