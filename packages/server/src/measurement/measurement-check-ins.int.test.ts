import { isoDateIn } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { buildTestApp } from '../testing/test-app.js';
import { openTestDatabase } from '../testing/test-database.js';
import { createMeasurementSetup, mansaTestContent, type MeasurementSetup } from './testing/measurement-fixture.js';

interface Form {
  occasion: { occasionId: string; moment: string; instrumentId: string; respondent: string; sessionId: string | null };
  onScreen: boolean;
  onPaper: boolean;
  form: { title: string; items: { id: string; answer: { kind: string } | null; label: string | null; text: string | null }[] };
}
interface View {
  forms: Form[];
  administrations: { instrumentId: string; mode: string; filledTogether: boolean; scores: { scale: string; value: number }[] }[];
}
type Problem = { code: string; errors?: { path: string }[] };

const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const MANSA_ANSWERS = Object.fromEntries(
  Array.from({ length: 16 }, (_, i) => `item_${i + 1}`).map((id) => [
    id,
    ['item_7', 'item_9', 'item_10', 'item_11'].includes(id) ? false : 5,
  ]),
);

describe('measuring at intake and evaluation: forms, filling in together, licence expiry', () => {
  let db: Database;
  let app: FastifyInstance;
  let s: MeasurementSetup;
  const today = isoDateIn(new Date());

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    s = await createMeasurementSetup(app, db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('warns the beheerder of a licence that ends within the configured days', async () => {
    const licence = await s.beheerder.post<{ id: string }>(
      '/api/v1/organisation/instrument-licences',
      {
        instrumentId: 'mansa',
        holder: 'Meetpraktijk',
        reference: 'M-1',
        validFrom: '2026-01-01',
        validUntil: addDays(today, 20),
        digitalUse: true,
      },
      201,
    );
    const content = await s.beheerder.post<{ id: string }>('/api/v1/organisation/instrument-contents', mansaTestContent(), 201);
    const enabled = await app.inject({
      method: 'PUT',
      url: '/api/v1/organisation/instruments/mansa',
      payload: { enabled: true, licenceId: licence.id, contentId: content.id },
      headers: { ...s.beheerder.session.headers, 'if-match': '0' },
    });
    expect(enabled.statusCode).toBe(200);
    const list = await s.beheerder.get<{ licenceWarnings: unknown[] }>('/api/v1/instruments');
    expect(list.licenceWarnings).toEqual([
      { instrumentId: 'mansa', validUntil: addDays(today, 20), daysLeft: 20, status: 'ending' },
    ]);
    // 20 days is outside a warning period of 10 days; the therapist never sees licences.
    const settings = await app.inject({
      method: 'PUT',
      url: '/api/v1/organisation/measurement-settings',
      payload: { licenceWarningDays: 10 },
      headers: { ...s.beheerder.session.headers, 'if-match': '0' },
    });
    expect(settings.statusCode).toBe(200);
    expect((await s.beheerder.get<{ licenceWarnings: unknown[] }>('/api/v1/instruments')).licenceWarnings).toEqual([]);
    expect((await s.therapist.get<{ licenceWarnings: unknown[] }>('/api/v1/instruments')).licenceWarnings).toEqual([]);
    const bad = await app.inject({
      method: 'PUT',
      url: '/api/v1/organisation/measurement-settings',
      payload: { licenceWarningDays: -1 },
      headers: { ...s.beheerder.session.headers, 'if-match': '1' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<Problem>()).toMatchObject({
      code: 'measurement.settings_invalid',
      errors: [{ path: '/body/licenceWarningDays' }],
    });
  });

  it('gives the therapist the MANSA intake form with its wording, and records filling in together as such', async () => {
    const view = await s.therapist.get<View>(`${s.base}/measurements`);
    const mansa = view.forms.find((f) => f.occasion.instrumentId === 'mansa');
    expect(mansa).toMatchObject({ occasion: { occasionId: 'intake', respondent: 'client' }, onScreen: true, onPaper: true });
    expect(mansa?.form.items[0]).toMatchObject({
      id: 'item_1',
      answer: { kind: 'likert' },
      label: 'Leven als geheel',
      text: 'Testvraag 1',
    });
    const created = await app.inject({
      method: 'POST',
      url: `${s.base}/measurements`,
      headers: s.therapist.session.headers,
      payload: {
        instrumentId: 'mansa',
        occasionId: 'intake',
        moment: 'intake',
        sessionId: null,
        respondent: 'client',
        mode: 'digital',
        answers: MANSA_ANSWERS,
        vasInput: 'cm',
      },
    });
    expect(created.statusCode).toBe(201);
    const after = await s.therapist.get<View>(`${s.base}/measurements`);
    expect(after.forms.some((f) => f.occasion.instrumentId === 'mansa')).toBe(false);
    expect(after.administrations.find((a) => a.instrumentId === 'mansa')).toMatchObject({
      mode: 'digital',
      filledTogether: true,
      scores: [{ scale: 'total', value: 5 }],
    });
  });

  it('once the licence has ended: the beheerder sees it as expired and administering is refused with its code', async () => {
    // Time passes: the licence's last day was yesterday.
    await db.asOwner((tx) =>
      tx.query(`update instrument_licences set valid_until = $1 where org_id = $2 and instrument_id = 'mansa'`, [
        addDays(today, -1),
        s.orgId,
      ]),
    );
    const list = await s.beheerder.get<{ licenceWarnings: unknown[] }>('/api/v1/instruments');
    expect(list.licenceWarnings).toEqual([
      { instrumentId: 'mansa', validUntil: addDays(today, -1), daysLeft: -1, status: 'expired' },
    ]);
    const refused = await app.inject({
      method: 'POST',
      url: `${s.base}/measurements`,
      headers: s.therapist.session.headers,
      payload: {
        instrumentId: 'mansa',
        occasionId: 'intake',
        moment: 'intake',
        sessionId: null,
        respondent: 'client',
        mode: 'paper',
        answers: MANSA_ANSWERS,
        vasInput: 'cm',
        administeredOn: today,
      },
    });
    expect(refused.statusCode).toBe(422);
    // The licence is named first; the occasion is gone from the schedule too (an ended licence schedules nothing).
    const problem = refused.json<Problem & { errors: { path: string; code: string }[] }>();
    expect(problem.code).toBe('measurement.licence_expired');
    expect(problem.errors).toContainEqual(
      expect.objectContaining({ path: '/body/instrumentId', code: 'measurement.licence_expired' }),
    );
  });
});
