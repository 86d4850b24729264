import { inflateSync } from 'node:zlib';
import { isoDateIn } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { type ApiClient } from '../testing/api-client.js';
import { buildTestApp } from '../testing/test-app.js';
import { auditRows, openTestDatabase } from '../testing/test-database.js';
import {
  createMeasurementSetup,
  enableLicensed,
  ORS_ITEM_IDS,
  session,
  SRS_ITEM_IDS,
  type MeasurementSetup,
} from './testing/measurement-fixture.js';

interface Occasion {
  occasionId: string;
  moment: string;
  sessionId: string | null;
  sessionNumber: number | null;
  instrumentId: string;
  respondent: string;
  status: string;
  date: string;
}
interface MeasurementsView {
  schedule: Occasion[];
  administrations: {
    administrationId: string;
    version: number;
    instrumentId: string;
    scores: { scale: string; value: number }[] | null;
  }[];
  progress: {
    chart: { instrumentId: string; points: { session: number; total: number }[]; cutoff: { value: number } | null };
    alerts: { code: string; nl: string }[];
    notices: { code: string }[];
  }[];
}
type Problem = { code: string; errors?: { path: string; code?: string }[] };

const lines = (ids: readonly string[], values: readonly number[]) => Object.fromEntries(ids.map((id, i) => [id, values[i]]));

describe('measuring: licences, administering, scores, corrections, alerts, export', () => {
  let db: Database;
  let app: FastifyInstance;
  let s: MeasurementSetup;

  const put = (who: ApiClient, url: string, payload: object, ifMatch: string) =>
    app.inject({ method: 'PUT', url, payload, headers: { ...who.session.headers, 'if-match': ifMatch } });
  const post = (who: ApiClient, url: string, payload: object) =>
    app.inject({ method: 'POST', url, payload, headers: who.session.headers });
  const view = (who: ApiClient = s.therapist) => who.get<MeasurementsView>(`${s.base}/measurements`);
  const paper = (o: Occasion, values: number[]) => ({
    instrumentId: o.instrumentId,
    occasionId: o.occasionId,
    moment: o.moment,
    sessionId: o.sessionId,
    respondent: 'client',
    mode: 'paper',
    answers: lines(o.instrumentId === 'ors' ? ORS_ITEM_IDS : SRS_ITEM_IDS, values),
    vasInput: 'cm',
    administeredOn: o.date,
  });

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    s = await createMeasurementSetup(app, db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('switches a licensed instrument on only with a valid licence, and refuses a disabled one', async () => {
    const url = '/api/v1/organisation/instruments/ors';
    const none = await put(s.beheerder, url, { enabled: true, licenceId: null, contentId: null }, '0');
    expect(none.statusCode).toBe(422);
    expect(none.json<Problem>().code).toBe('measurement.licence_required');

    const expired = await s.beheerder.post<{ id: string }>(
      '/api/v1/organisation/instrument-licences',
      {
        instrumentId: 'ors',
        holder: 'Meetpraktijk',
        reference: 'OUD-1',
        validFrom: '2024-01-01',
        validUntil: '2025-01-01',
        digitalUse: true,
      },
      201,
    );
    const old = await put(s.beheerder, url, { enabled: true, licenceId: expired.id, contentId: null }, '0');
    expect(old.json<Problem>().code).toBe('measurement.licence_expired');

    const invalid = await post(s.beheerder, '/api/v1/organisation/instrument-licences', {
      instrumentId: 'ors',
      holder: ' ',
      reference: 'X',
      validFrom: '2026-01-01',
      validUntil: null,
      digitalUse: false,
    });
    expect(invalid.json<Problem>()).toMatchObject({
      code: 'measurement.licence_record_invalid',
      errors: [{ path: '/body/holder' }],
    });

    // Content for the wrong items is refused with its path.
    const wrong = await post(s.beheerder, '/api/v1/organisation/instrument-contents', {
      instrumentId: 'ors',
      edition: 'x',
      copyright: '©',
      languages: { nl: { title: 't', instructions: '', items: { nope: { text: 'x' } } } },
      scoringKey: null,
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json<Problem>().errors?.map((e) => e.path)).toContain('/body/languages/nl/items/nope');

    // Only the beheerder sets instruments up.
    const therapistTries = await post(s.therapist, '/api/v1/organisation/instrument-licences', {
      instrumentId: 'ors',
      holder: 'x',
      reference: 'y',
      validFrom: '2026-01-01',
      validUntil: null,
      digitalUse: true,
    });
    expect(therapistTries.statusCode).toBe(403);

    const ors = await enableLicensed(s.beheerder, 'ors');
    const on = await put(s.beheerder, url, { enabled: true, ...ors }, '0');
    expect(on.statusCode).toBe(200);
    expect(on.json()).toMatchObject({ id: 'ors', setup: { enabled: true, version: 1 }, usable: { paper: [], digital: [] } });
    // A stale If-Match loses.
    expect((await put(s.beheerder, url, { enabled: true, ...ors }, '0')).json<Problem>().code).toBe('resource.version_conflict');

    // The SRS is not switched on: it is not scheduled, and administering it is refused with its code.
    await s.therapist.post(`${s.base}/sessions`, { session: session('2026-09-15') });
    const warnings = async () => (await s.therapist.get<{ warnings: { code: string }[] }>(s.base)).warnings.map((w) => w.code);
    expect(await warnings()).toContain('no_outcome_measure');
    const { schedule } = await view();
    expect(schedule.map((o) => o.instrumentId)).toEqual(['ors']);
    const ors1 = schedule[0] as Occasion;
    const srs = await post(s.therapist, `${s.base}/measurements`, {
      ...paper(ors1, [5, 5, 5, 5]),
      instrumentId: 'srs',
      moment: 'session_end',
      occasionId: ors1.occasionId.replace(':start', ':end'),
      answers: lines(SRS_ITEM_IDS, [9, 9, 9, 9]),
    });
    expect(srs.statusCode).toBe(422);
    expect(srs.json<Problem>().code).toBe('measurement.instrument_not_enabled');

    const srsSetup = await enableLicensed(s.beheerder, 'srs');
    expect((await put(s.beheerder, '/api/v1/organisation/instruments/srs', { enabled: true, ...srsSetup }, '0')).statusCode).toBe(
      200,
    );
    const list = await s.therapist.get<{
      instruments: { id: string; setup: { enabled: boolean } | null }[];
      licences: unknown[];
    }>('/api/v1/instruments');
    expect(list.instruments.filter((i) => i.setup?.enabled).map((i) => i.id)).toEqual(['ors', 'srs']);
    // Licence details are for the beheerder.
    expect(list.licences).toEqual([]);
  });

  it('a therapist enters paper scores; off track after six sessions and a low SRS raise alerts, also on the work list', async () => {
    for (const date of ['2026-09-22', '2026-09-29', '2026-10-06', '2026-10-13', '2026-10-20'])
      await s.therapist.post(`${s.base}/sessions`, { session: session(date) });
    const orsScores = [
      [4, 4, 4, 3],
      [4, 4, 4, 4],
      [3, 4, 4, 4],
      [4, 4, 4, 4],
      [4, 4, 5, 4],
      [4, 4, 4, 4],
    ];
    const { schedule } = await view();
    const orsOccasions = schedule.filter((o) => o.instrumentId === 'ors');
    expect(orsOccasions).toHaveLength(6);
    expect(orsOccasions.every((o) => o.status === 'missed')).toBe(true);
    for (const [i, occasion] of orsOccasions.entries())
      await s.therapist.post(`${s.base}/measurements`, paper(occasion, orsScores[i] as number[]), 201);
    const lastSrs = schedule.filter((o) => o.instrumentId === 'srs').at(-1) as Occasion;
    const srs = await s.therapist.post<{ scores: { value: number }[] }>(
      `${s.base}/measurements`,
      paper(lastSrs, [8, 8, 9, 8]),
      201,
    );
    expect(srs.scores[0]?.value).toBe(33);

    // A future day for a paper score is refused.
    const future = await post(s.therapist, `${s.base}/measurements`, {
      ...paper(lastSrs, [9, 9, 9, 9]),
      administeredOn: '2999-01-01',
    });
    expect(future.json<Problem>().code).toBe('request.invalid');
    // The same occasion twice: the existing score must be corrected instead.
    const twice = await post(s.therapist, `${s.base}/measurements`, paper(lastSrs, [9, 9, 9, 9]));
    expect(twice.statusCode).toBe(409);
    expect(twice.json<Problem>().code).toBe('measurement.already_administered');
    // An answer off the line.
    const off = await post(s.therapist, `${s.base}/measurements`, paper(orsOccasions[0] as Occasion, [11, 4, 4, 4]));
    expect(off.statusCode).toBe(422);

    // The administrations replace the old tick: no "no outcome measure" warning any more.
    const trajectory = await s.therapist.get<{ warnings: { code: string }[] }>(s.base);
    expect(trajectory.warnings.map((w) => w.code)).not.toContain('no_outcome_measure');
    const measured = await view();
    const ors = measured.progress.find((p) => p.chart.instrumentId === 'ors');
    expect(ors?.chart.points.map((p) => p.total)).toEqual([15, 16, 15, 16, 17, 16]);
    expect(ors?.chart.cutoff?.value).toBe(25);
    expect(ors?.alerts.map((a) => a.code)).toEqual(['no_reliable_improvement']);
    // Without reference data of its own the organisation gets no band, and is told so.
    expect(ors?.notices.map((n) => n.code)).toContain('insufficient_reference_data');
    const alliance = measured.progress.find((p) => p.chart.instrumentId === 'srs');
    expect(alliance?.alerts.map((a) => a.code)).toEqual(['alliance_concern']);

    const worklist = await s.therapist.get<{ items: { trajectoryId: string; alerts: { code: string }[] }[] }>(
      '/api/v1/worklist/measurements',
    );
    expect(
      worklist.items
        .find((i) => s.base.endsWith(i.trajectoryId))
        ?.alerts.map((a) => a.code)
        .sort(),
    ).toEqual(['alliance_concern', 'no_reliable_improvement']);
    // Someone outside the care team neither sees nor writes scores.
    await s.outsider.get(`${s.base}/measurements`, 403);
    expect((await post(s.outsider, `${s.base}/measurements`, paper(lastSrs, [9, 9, 9, 9]))).statusCode).toBe(403);
    expect((await s.outsider.get<{ items: unknown[] }>('/api/v1/worklist/measurements')).items).toEqual([]);
  });

  it('the client fills in today’s ORS on screen (the 0-100 slider); once; never on paper or as someone else', async () => {
    const today = isoDateIn(new Date());
    await s.therapist.post(`${s.base}/sessions`, { session: session(today) });
    const open = await s.client.get<{
      open: { occasion: Occasion; onScreen: boolean; form: { copyright: string; items: { id: string; text: string }[] } }[];
    }>(`/api/v1/clients/${s.clientId}/measurements/open`);
    const ors = open.open.find((o) => o.occasion.instrumentId === 'ors');
    expect(ors?.onScreen).toBe(true);
    expect(ors?.form.copyright).toContain('Testlicentie');
    expect(ors?.form.items.map((i) => i.text)).toEqual(ORS_ITEM_IDS.map((id) => `Testvraag ${id}`));
    const occasion = ors?.occasion as Occasion;
    const body = {
      instrumentId: 'ors',
      occasionId: occasion.occasionId,
      moment: 'session_start',
      sessionId: occasion.sessionId,
      respondent: 'client',
      mode: 'digital',
      answers: lines(ORS_ITEM_IDS, [35, 40, 42, 38]),
      vasInput: 'slider_0_100',
    };
    const asPaper = await post(s.client, `${s.base}/measurements`, { ...body, mode: 'paper' });
    expect(asPaper.json<Problem>().code).toBe('measurement.respondent_not_allowed');
    const asTherapist = await post(s.client, `${s.base}/measurements`, { ...body, respondent: 'therapist' });
    expect(asTherapist.json<Problem>().code).toBe('measurement.respondent_not_allowed');
    const done = await s.client.post<{ scores: { value: number }[]; administeredOn: string; mode: string }>(
      `${s.base}/measurements`,
      body,
      201,
    );
    expect(done).toMatchObject({ scores: [{ scale: 'total', value: 15.5 }], administeredOn: today, mode: 'digital' });
    expect((await post(s.client, `${s.base}/measurements`, body)).json<Problem>().code).toBe('measurement.already_administered');

    const after = await s.client.get<{ open: { occasion: Occasion }[]; progress: { words: string }[] }>(
      `/api/v1/clients/${s.clientId}/measurements/open`,
    );
    expect(after.open.map((o) => o.occasion.instrumentId)).toEqual(['srs']);
    expect(after.progress[0]?.words).toContain('Bij de start was je score 15');
    expect((await auditRows(db, s.orgId)).some((r) => r['event'] === 'measurement.administer' && r['basis'] === 'self')).toBe(
      true,
    );
  });

  it('corrects a score as a new version with who and why; stale, empty and client corrections are refused', async () => {
    const { administrations } = await view();
    const target = administrations.find((a) => a.instrumentId === 'srs') as MeasurementsView['administrations'][number];
    const url = `/api/v1/clients/${s.clientId}/measurements/${target.administrationId}/corrections`;
    const correction = {
      basedOnVersion: 1,
      answers: lines(SRS_ITEM_IDS, [9, 9, 9, 9]),
      vasInput: 'cm',
      reason: 'Overgenomen van het papieren formulier',
    };
    expect((await post(s.client, url, correction)).statusCode).toBe(403);
    expect((await post(s.therapist, url, { ...correction, reason: ' ' })).json<Problem>().code).toBe(
      'measurement.correction_reason_required',
    );
    const v2 = await s.therapist.post<{ version: number; scores: { value: number }[] }>(url, correction, 201);
    expect(v2).toMatchObject({ version: 2, scores: [{ value: 36 }] });
    const stale = await post(s.therapist, url, { ...correction, answers: lines(SRS_ITEM_IDS, [10, 10, 10, 10]) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>().code).toBe('measurement.correction_of_superseded');

    const versions = await s.therapist.get<{
      versions: { version: number; correctionReason: string | null; recordedByName: string }[];
    }>(`/api/v1/clients/${s.clientId}/measurements/${target.administrationId}/versions`);
    expect(versions.versions.map((v) => [v.version, v.correctionReason, v.recordedByName])).toEqual([
      [1, null, 'Tess Therapeut'],
      [2, 'Overgenomen van het papieren formulier', 'Tess Therapeut'],
    ]);
    // The application cannot rewrite a stored score.
    await expect(
      db.withOrg(s.orgId, (tx) =>
        tx.query(`update measurement_administrations set answers = null where administration_id = $1`, [target.administrationId]),
      ),
    ).rejects.toThrow();
  });

  it('holds under 50 parallel corrections of one version and 50 parallel first answers of one occasion', async () => {
    const { administrations, schedule } = await view();
    const target = administrations.find((a) => a.instrumentId === 'ors') as MeasurementsView['administrations'][number];
    const url = `/api/v1/clients/${s.clientId}/measurements/${target.administrationId}/corrections`;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post(s.therapist, url, {
          basedOnVersion: target.version,
          answers: lines(ORS_ITEM_IDS, [5, 5, 5, (i % 10) / 10]),
          vasInput: 'cm',
          reason: `poging ${i}`,
        }),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c !== 201).every((c) => c === 409)).toBe(true);

    const open = schedule.find((o) => o.instrumentId === 'srs' && o.status !== 'done') as Occasion;
    const firsts = await Promise.all(
      Array.from({ length: 50 }, () => post(s.therapist, `${s.base}/measurements`, paper(open, [9, 9, 9, 9]))),
    );
    expect(firsts.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(firsts.filter((r) => r.statusCode === 409).length).toBe(49);
  });

  it('exports an administration as FHIR QuestionnaireResponse + Observation, audited as an export', async () => {
    const { administrations } = await view();
    const target = administrations.find(
      (a) => a.instrumentId === 'srs' && a.version === 2,
    ) as MeasurementsView['administrations'][number];
    const fhir = await s.therapist.get<{
      questionnaireResponse: { resourceType: string; status: string; item: unknown[] };
      observations: { code: { coding: { code: string }[] }; valueQuantity: { value: number }; status: string }[];
    }>(`/api/v1/clients/${s.clientId}/measurements/${target.administrationId}/fhir`);
    expect(fhir.questionnaireResponse).toMatchObject({ resourceType: 'QuestionnaireResponse', status: 'amended' });
    expect(fhir.questionnaireResponse.item).toHaveLength(4);
    expect(fhir.observations[0]).toMatchObject({ status: 'amended', valueQuantity: { value: 36 } });
    expect((await auditRows(db, s.orgId)).at(-1)).toMatchObject({
      event: 'measurement.fhir_export',
      action: 'E',
      outcome: 'success',
    });
  });

  it('draws the chart with its dashed cut-off into the closing report PDF', async () => {
    const pdf = await app.inject({ method: 'GET', url: `${s.base}/closing-report.pdf`, headers: s.therapist.session.headers });
    expect(pdf.statusCode).toBe(200);
    const raw = pdf.rawPayload.toString('latin1');
    // Every content stream inflated: the cut-off is the only dashed line pdfkit draws in this report.
    const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
      try {
        return inflateSync(Buffer.from(m[1] ?? '', 'latin1')).toString('latin1');
      } catch {
        return '';
      }
    });
    expect(streams.some((content) => content.includes('[4 3] 0 d'))).toBe(true);
  });

  it('shows the organisation’s outcomes with small cells suppressed, to the beheerder only', async () => {
    const view = await s.beheerder.get<{
      cells: { group: string; suppressed: boolean; persons: number | null }[];
      minCellSize: number;
    }>('/api/v1/organisation/outcomes?by=discipline');
    expect(view.minCellSize).toBe(10);
    expect(view.cells).toEqual([expect.objectContaining({ group: 'beeldende_therapie', suppressed: true, persons: null })]);
    await s.therapist.get('/api/v1/organisation/outcomes?by=discipline', 403);
  });

  it('keeps measurement settings per organisation with If-Match, and refuses a value out of range', async () => {
    const url = '/api/v1/organisation/measurement-settings';
    const bad = await put(s.beheerder, url, { outcomeView: { minCellSize: 0 } }, '0');
    expect(bad.json<Problem>()).toMatchObject({
      code: 'measurement.settings_invalid',
      errors: [{ path: '/body/outcomeView/minCellSize' }],
    });
    expect((await put(s.beheerder, url, { outcomeView: { minCellSize: 1 } }, '0')).statusCode).toBe(200);
    expect((await put(s.beheerder, url, { outcomeView: { minCellSize: 2 } }, '0')).statusCode).toBe(409);
    const outcomes = await s.beheerder.get<{ cells: { suppressed: boolean; persons: number | null }[] }>(
      '/api/v1/organisation/outcomes?by=therapist',
    );
    expect(outcomes.cells).toEqual([expect.objectContaining({ suppressed: false, persons: 1 })]);
  });
});
