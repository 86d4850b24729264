import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOffer, type OfferInputData } from '../daginvulling/offer-store.js';
import type { Database } from '../db/database.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import {
  auditRows,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  openTestDatabase,
} from '../testing/test-database.js';

const OFFER: OfferInputData = {
  name: '=Houtwerkplaats', // a name a spreadsheet would run as a formula
  provider: 'Test',
  internal: true,
  description: 'Test',
  form: 'arbeidsmatige_dagbesteding',
  access: 'wmo_maatwerk',
  conditions: '',
  forWhom: '',
  interests: [],
  learn: [],
  level: 'vmbo',
  groupOrIndividual: 'groep',
  schedule: [{ day: 'di', from: '09:00', to: '15:00' }],
  eveningsWeekends: false,
  openInHolidays: false,
  capacity: 12,
  address: null,
  lat: null,
  lon: null,
  online: false,
  publicTransport: '',
  wheelchairAccessible: true,
  lowStimulus: false,
  smallScale: false,
  socialSafety: { contactPerson: true, buddy: false, houseRules: true },
  costPerMonth: 0,
  compensationPerHour: null,
  benefitEffect: '',
  roles: ['deelnemer'],
  expertsByExperience: false,
  partners: '',
  results: '',
};

function parseCsv(body: Buffer): string[][] {
  const text = body.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text
    .slice(1)
    .split('\r\n')
    .filter((l) => l !== '')
    .map((l) => l.split(';'));
}

async function parseXlsx(body: Buffer): Promise<(string | number)[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const rows: (string | number)[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as (string | number)[]).slice(1)));
  return rows;
}

describe('reports for financers and management', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let financier: Session;
  let financierId: string;
  let ab: Session;
  const names: string[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    orgId = await createTestOrganisation(db, 'Rapportage');
    const f = await createTestUser(db, orgId, ['financier']);
    financierId = f.id;
    financier = await signIn(app, f.email, f.password);
    const begeleider = await createTestUser(db, orgId, ['activiteitenbegeleider']);
    ab = await signIn(app, begeleider.email, begeleider.password);
    const therapist = await createTestUser(db, orgId, ['vaktherapeut']);
    const a = await createTestClient(db, orgId);
    const b = await createTestClient(db, orgId);
    await db.withOrg(orgId, async (tx) => {
      for (const id of [a, b]) {
        const [c] = await tx.query<{ given_name: string; family_name: string }>(
          `select given_name, family_name from clients where id = $1`,
          [id],
        );
        names.push(c?.given_name ?? '', c?.family_name ?? '');
      }
      const offerId = await insertOffer(tx, orgId, OFFER, '2026-01-01');
      const [g] = await tx.query<{ id: string }>(
        `insert into activity_groups (org_id, offer_id, name, schedule, location, capacity, season_from)
         values ($1, $2, 'Dinsdaggroep', '[]', 'Werkplaats', 12, '2026-01-01') returning id`,
        [orgId, offerId],
      );
      const rule = (r: object) => JSON.stringify(r);
      await tx.query(
        `insert into enrolments (org_id, client_id, offer_id, group_id, status, started_on, financer, unit_rule)
         values ($1, $2, $3, $4, 'actief', '2026-01-01', 'wmo', $5), ($1, $6, $3, $4, 'actief', '2026-01-01', 'wlz', $7)`,
        [
          orgId,
          a,
          offerId,
          g?.id,
          rule({ kind: 'uur', rounding: 'nearest', per: 'period', countOnline: true }),
          b,
          rule({ kind: 'dagdeel', financer: 'wlz', minMinutesPerDagdeel: 120, countOnline: true }),
        ],
      );
      const occurrence = async (date: string) =>
        (
          await tx.query<{ id: string }>(
            `insert into occurrences (org_id, group_id, date, starts, ends) values ($1, $2, $3, '09:00', '15:00') returning id`,
            [orgId, g?.id, date],
          )
        )[0]?.id;
      const mar3 = await occurrence('2026-03-03');
      const mar10 = await occurrence('2026-03-10');
      const apr7 = await occurrence('2026-04-07');
      const record = async (
        occ: string | undefined,
        client: string,
        status: string,
        minutes: number,
        supersedes: string | null = null,
      ) =>
        (
          await tx.query<{ id: string }>(
            `insert into attendance_records (org_id, occurrence_id, client_id, status, minutes, supersedes, recorded_by)
             values ($1, $2, $3, $4, $5, $6, $7) returning id`,
            [orgId, occ, client, status, minutes, supersedes, begeleider.id],
          )
        )[0]?.id ?? null;
      await record(mar3, a, 'aanwezig', 150);
      const wrong = await record(mar3, b, 'afwezig_gemeld', 0);
      await record(mar3, b, 'aanwezig', 300, wrong); // the correction supersedes the absence
      await record(mar10, a, 'online', 60);
      await record(mar10, b, 'ziek', 0);
      await record(apr7, a, 'aanwezig', 330);
      // Treatment: two PMT sessions in March for one client, one in April.
      const [t] = await tx.query<{ id: string }>(
        `insert into trajectories (org_id, client_id, discipline, request_type, therapist_id, state, last_seq)
         values ($1, $2, 'psychomotorische_therapie', 'behandeling', $3, 'in_behandeling', 3) returning id`,
        [orgId, a, therapist.id],
      );
      for (const [seq, date, direct] of [
        [1, '2026-03-04', 45],
        [2, '2026-03-11', 60],
        [3, '2026-04-01', 45],
      ] as const)
        await tx.query(
          `insert into trajectory_events (org_id, trajectory_id, seq, type, data, actor_id, at)
           values ($1, $2, $3, 'session_recorded', $4, $5, now())`,
          [
            orgId,
            t?.id,
            seq,
            JSON.stringify({ type: 'session_recorded', session: { date, directMinutes: direct, indirectMinutes: 15 } }),
            therapist.id,
          ],
        );
    });
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const download = (session: Session, report: string, query: string) =>
    app.inject({ method: 'GET', url: `/api/v1/reports/${report}?${query}`, headers: session.headers });

  it('attendance per month as CSV: current records only, absences apart, no client named, formulas defused', async () => {
    const response = await download(financier, 'attendance-per-month', 'from=2026-03&until=2026-04&format=csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="meedoen-attendance-per-month-2026-03-2026-04-/,
    );
    const rows = parseCsv(response.rawPayload);
    expect(rows).toEqual([
      ['Maand', 'Aanbod', 'Groep', 'Bijeenkomsten', 'Deelnemers', 'Aanwezig', 'Online', 'Afwezig', 'Minuten aanwezig'],
      ['2026-03', "'=Houtwerkplaats", 'Dinsdaggroep', '2', '2', '2', '1', '1', '510'],
      ['2026-04', "'=Houtwerkplaats", 'Dinsdaggroep', '1', '1', '1', '0', '0', '330'],
    ]);
    for (const name of names) expect(response.body).not.toContain(name);
  });

  it('units per contract as XLSX: each placement by its own rule, read back from the file', async () => {
    const response = await download(financier, 'units-per-contract', 'from=2026-03&until=2026-04&format=xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await parseXlsx(response.rawPayload)).toEqual([
      ['Maand', 'Financier', 'Eenheid (iWmo WJ756)', 'Plaatsingen', 'Minuten', 'Eenheden'],
      // wlz: 300 minutes on one day = 2 dagdelen; wmo hours over the month: 210 minutes = 4 hours (nearest)
      ['2026-03', 'wlz', '16', 1, 300, 2],
      ['2026-03', 'wmo', '04', 1, 210, 4],
      ['2026-04', 'wmo', '04', 1, 330, 6],
    ]);
  });

  it('treatment volume per discipline, the same in CSV and XLSX', async () => {
    const query = 'from=2026-03&until=2026-04';
    const csv = parseCsv((await download(financier, 'treatment-volume-per-discipline', `${query}&format=csv`)).rawPayload);
    const xlsx = await parseXlsx(
      (await download(financier, 'treatment-volume-per-discipline', `${query}&format=xlsx`)).rawPayload,
    );
    expect(csv).toEqual([
      ['Maand', 'Discipline', 'Cliënten', 'Sessies', 'Directe minuten', 'Indirecte minuten'],
      ['2026-03', 'psychomotorische_therapie', '1', '2', '105', '30'],
      ['2026-04', 'psychomotorische_therapie', '1', '1', '45', '15'],
    ]);
    expect(xlsx.map((row) => row.map(String))).toEqual(csv);
  });

  it('is an export in the audit trail, and refused without the permission or with a wrong period', async () => {
    const exports = (await auditRows(db, orgId)).filter((r) => r.event === 'report.export');
    expect(exports.length).toBeGreaterThanOrEqual(4);
    expect(exports[0]).toMatchObject({
      action: 'E',
      outcome: 'success',
      user_id: financierId,
      client_id: null,
      object_type: 'report',
    });
    const refused = await download(ab, 'units-per-contract', 'from=2026-03&until=2026-04&format=csv');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('access.forbidden');
    const backwards = await download(financier, 'units-per-contract', 'from=2026-04&until=2026-03&format=csv');
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json()).toMatchObject({ code: 'report.period_invalid', errors: [{ path: '/querystring/until' }] });
    const unknown = await download(financier, 'salaries', 'from=2026-03&until=2026-04&format=csv');
    expect(unknown.statusCode).toBe(400);
  });
});
