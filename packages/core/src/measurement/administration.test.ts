import { describe, expect, it } from 'vitest';
import {
  checkOccasion,
  correctAdministration,
  currentVersions,
  scoreVersion,
  validateNewAdministration,
  type AdministrationContext,
  type NewAdministration,
} from './administration.js';
import { CORS, ORS, SRS, YCORS } from './instruments/ors-family.js';
import { ZRM } from './instruments/zrm.js';
import type { MeasurementOccasion } from './schedule.js';
import { measurementSettings } from './settings.js';
import { content, setup, version } from './testing/measurement-fixtures.js';

const adult: AdministrationContext = {
  clientBirthDate: '1958-03-14',
  setup: setup('ors', {
    content: content(
      'ors',
      ORS.items.map((i) => i.id),
    ),
  }),
  settings: measurementSettings(),
};
const orsStart: NewAdministration = {
  instrumentId: 'ors',
  occasionId: 'session:2026-10-06:start',
  moment: 'session_start',
  sessionId: 's1',
  respondent: 'client',
  mode: 'digital',
  answers: { individual: 33, interpersonal: 50, social: 61, overall: 42 },
  vasInput: 'slider_0_100',
  administeredOn: '2026-10-06',
};
const codes = (v: { code: string }[]) => v.map((x) => x.code);

describe('recording an administration', () => {
  it('accepts an ORS filled in on the phone and normalises the slider', () => {
    expect(validateNewAdministration(ORS, orsStart, adult)).toEqual({
      answers: { individual: 3.3, interpersonal: 5, social: 6.1, overall: 4.2 },
      violations: [],
    });
  });

  it('refuses the wrong respondent, the wrong moment and the wrong age', () => {
    expect(codes(validateNewAdministration(ORS, { ...orsStart, respondent: 'therapist' }, adult).violations)).toEqual([
      'measurement.respondent_not_allowed',
    ]);
    expect(codes(validateNewAdministration(ORS, { ...orsStart, moment: 'session_end' }, adult).violations)).toEqual([
      'measurement.moment_not_allowed',
    ]);
    // A CORS for a 68-year-old: the child version is for 6-12.
    const cors = { ...orsStart, instrumentId: 'cors' as const };
    const corsCtx = {
      ...adult,
      setup: setup('cors', {
        content: content(
          'cors',
          CORS.items.map((i) => i.id),
        ),
      }),
    };
    expect(codes(validateNewAdministration(CORS, cors, corsCtx).violations)).toEqual(['measurement.age_out_of_range']);
  });

  it('switches from CORS to ORS on the 13th birthday (REFERENCE.md §1.4), or later when the organisation says so', () => {
    const child = { ...adult, clientBirthDate: '2013-10-06' };
    const orsCtx = { ...child };
    const corsCtx = {
      ...child,
      setup: setup('cors', {
        content: content(
          'cors',
          CORS.items.map((i) => i.id),
        ),
      }),
    };
    const cors = { ...orsStart, instrumentId: 'cors' as const };
    expect(codes(validateNewAdministration(ORS, orsStart, orsCtx).violations)).toEqual([]);
    expect(codes(validateNewAdministration(CORS, cors, corsCtx).violations)).toEqual(['measurement.age_out_of_range']);
    const dayBefore = { ...orsStart, administeredOn: '2026-10-05' };
    expect(codes(validateNewAdministration(ORS, dayBefore, orsCtx).violations)).toEqual(['measurement.age_out_of_range']);
    expect(codes(validateNewAdministration(CORS, { ...cors, administeredOn: '2026-10-05' }, corsCtx).violations)).toEqual([]);
    const later = { ...corsCtx, settings: measurementSettings({ ages: { youthFrom: 16 } }) };
    expect(codes(validateNewAdministration(CORS, cors, later).violations)).toEqual([]);
  });

  it('blocks an instrument that is not enabled, whatever the answers', () => {
    const off = { ...adult, setup: { ...adult.setup, enabled: false } as AdministrationContext['setup'] };
    expect(codes(validateNewAdministration(ORS, orsStart, off).violations)).toEqual(['measurement.instrument_not_enabled']);
    expect(
      codes(
        validateNewAdministration(SRS, { ...orsStart, instrumentId: 'srs', moment: 'session_end' }, { ...adult, setup: null })
          .violations,
      ),
    ).toContain('measurement.instrument_not_enabled');
  });

  it('records a YCORS as administered without score, and refuses answers for it', () => {
    const young = { ...adult, clientBirthDate: '2022-01-01', setup: setup('ycors') };
    const ycors = { ...orsStart, instrumentId: 'ycors' as const, mode: 'paper' as const, answers: {} };
    expect(validateNewAdministration(YCORS, ycors, young)).toEqual({ answers: null, violations: [] });
    expect(codes(validateNewAdministration(YCORS, { ...ycors, answers: { face: 2 } }, young).violations)).toEqual([
      'measurement.item_unknown',
    ]);
  });

  it('lets the therapist score the ZRM, not the client', () => {
    const zrmCtx = { ...adult, setup: setup('zrm') };
    const zrm = {
      ...orsStart,
      instrumentId: 'zrm' as const,
      occasionId: 'intake',
      moment: 'intake' as const,
      sessionId: null,
      respondent: 'client' as const,
      mode: 'paper' as const,
      answers: Object.fromEntries(ZRM.items.map((i) => [i.id, 3])),
      vasInput: 'cm' as const,
    };
    expect(codes(validateNewAdministration(ZRM, zrm, zrmCtx).violations)).toEqual(['measurement.respondent_not_allowed']);
    expect(validateNewAdministration(ZRM, { ...zrm, respondent: 'therapist' }, zrmCtx).violations).toEqual([]);
  });
});

describe('immutability: corrections are new versions with who and why', () => {
  const v1 = Object.freeze(version());
  const by = { id: 'v2', recordedBy: 'therapist-1', recordedAt: '2026-10-06T10:02:00Z' };
  const fix = {
    basedOnVersion: 1,
    answers: { individual: 3.8, interpersonal: 5, social: 6.1, overall: 4.2 },
    vasInput: 'cm' as const,
    reason: 'Misread the paper line',
  };

  it('makes version 2 with the corrector and the reason, and leaves version 1 as it was', () => {
    const before = JSON.stringify(v1);
    const result = correctAdministration(ORS, [v1], fix, by);
    expect(result.violations).toEqual([]);
    expect(result.version).toMatchObject({
      id: 'v2',
      administrationId: 'a1',
      version: 2,
      answers: fix.answers,
      recordedBy: 'therapist-1',
      correctionReason: 'Misread the paper line',
      administeredOn: v1.administeredOn,
      occasionId: v1.occasionId,
    });
    expect(JSON.stringify(v1)).toBe(before);
    expect(result.version && scoreVersion(ORS, result.version)?.[0]?.value).toBe(19.1);
  });

  it('resolves the current version per administration', () => {
    const v2 = { ...v1, id: 'v2', version: 2 };
    const other = version({ id: 'w1', administrationId: 'b1' });
    expect(
      currentVersions([v2, v1, other])
        .map((v) => v.id)
        .sort(),
    ).toEqual(['v2', 'w1']);
  });

  it('refuses a correction of a version that was already corrected (409)', () => {
    const v2 = { ...v1, id: 'v2', version: 2, correctionReason: 'x' };
    const result = correctAdministration(ORS, [v1, v2], fix, by);
    expect(result.violations).toMatchObject([{ code: 'measurement.correction_of_superseded', path: '/basedOnVersion' }]);
  });

  it('wants a reason, new answers, valid answers, and the same subject', () => {
    expect(codes(correctAdministration(ORS, [v1], { ...fix, reason: '  ' }, by).violations)).toEqual([
      'measurement.correction_reason_required',
    ]);
    expect(codes(correctAdministration(ORS, [v1], { ...fix, answers: { ...v1.answers } }, by).violations)).toEqual([
      'measurement.correction_unchanged',
    ]);
    expect(codes(correctAdministration(ORS, [v1], { ...fix, answers: { ...fix.answers, overall: 11 } }, by).violations)).toEqual([
      'measurement.answer_out_of_range',
    ]);
    const moved = correctAdministration(ORS, [v1], { ...fix, occasionId: 'session:2026-10-13:start', clientId: 'c2' }, by);
    expect(moved.violations.map((v) => [v.code, v.path])).toEqual([
      ['measurement.correction_changes_subject', '/occasionId'],
      ['measurement.correction_changes_subject', '/clientId'],
    ]);
    expect(correctAdministration(ORS, [v1], { ...fix, occasionId: v1.occasionId, clientId: v1.clientId }, by).violations).toEqual(
      [],
    );
  });

  it('turns a migrated "ORS given" tick (administered, no score) into a scored version', () => {
    const tick = Object.freeze(version({ answers: null, mode: 'paper', recordedBy: 'migration' }));
    expect(scoreVersion(ORS, tick)).toBeNull();
    const result = correctAdministration(ORS, [tick], { ...fix, reason: 'Score from the paper form' }, by);
    expect(result.violations).toEqual([]);
    expect(result.version?.version).toBe(2);
    expect(tick.answers).toBeNull();
  });
});

describe('an administration answers a scheduled occasion, once', () => {
  const occasion: MeasurementOccasion = {
    occasionId: 'session:2026-10-06:start',
    moment: 'session_start',
    date: '2026-10-06',
    sessionId: 's1',
    sessionNumber: 1,
    instrumentId: 'ors',
    respondent: 'client',
    status: 'due',
    source: '001 L3702-3704',
  };
  const paths = (v: { code: string; path: string }[]) => v.map((x) => [x.code, x.path]);

  it('accepts the scheduled occasion', () => {
    expect(checkOccasion(orsStart, [occasion], [])).toEqual([]);
  });

  it('refuses a made-up occasion, another instrument or moment, or another session', () => {
    expect(paths(checkOccasion({ ...orsStart, occasionId: 'session:2026-10-07:start' }, [occasion], []))).toEqual([
      ['measurement.occasion_unknown', '/occasionId'],
    ]);
    expect(paths(checkOccasion({ ...orsStart, instrumentId: 'srs' }, [occasion], []))).toEqual([
      ['measurement.occasion_unknown', '/occasionId'],
    ]);
    expect(paths(checkOccasion({ ...orsStart, moment: 'intake' }, [occasion], []))).toEqual([
      ['measurement.occasion_unknown', '/occasionId'],
    ]);
    expect(paths(checkOccasion({ ...orsStart, sessionId: 's9' }, [occasion], []))).toEqual([
      ['measurement.occasion_unknown', '/sessionId'],
    ]);
  });

  it('refuses a second one by the same respondent (409): correct the first instead; a parent may add theirs', () => {
    const existing = [version()];
    expect(paths(checkOccasion(orsStart, [occasion], existing))).toEqual([['measurement.already_administered', '/occasionId']]);
    expect(checkOccasion({ ...orsStart, respondent: 'parent' }, [occasion], existing)).toEqual([]);
  });
});
