import { describe, expect, it } from 'vitest';
import { classifyKind, classifyService } from './classify.js';
import {
  activitySupervisor,
  ctx,
  dayActivity,
  musicAgogue,
  musicTherapist,
  occupationalTherapist,
  person,
  pmtTherapist,
  service,
  wlz,
} from './testing/fixtures.js';
import type { DeliveredService } from './types.js';

const codes = (rs: { code: string }[]) => rs.map((r) => r.code);

describe('seed 000 case 1: music therapist versus music agogue (000 L380-459)', () => {
  // Mevrouw with frontotemporal dementia lives in the nursing home that treats her (Wlz, verblijf met behandeling).
  const mevrouw = person('1950-05-01', {
    careSetting: 'verpleeghuis',
    entitlements: { ...person('x').entitlements, wlz: [wlz()] },
  });
  const therapy = service({
    activityName: 'Muziek',
    deliverer: musicTherapist,
    aim: 'health',
    form: 'individueel',
    agreement: { basis: 'treatment_plan', referral: { source: 'regiebehandelaar', regiebehandelaarNamed: true } },
  });
  const agogy = dayActivity({
    activityName: 'Muziek',
    deliverer: musicAgogue,
    aim: 'meaning',
    form: 'groep',
    agreement: { basis: 'persons_wish', referral: null },
  });

  it('the same "Muziek" is treatment from a registered music therapist, within the plan, on referral, with a health aim', () => {
    const c = classifyService(therapy, ctx(mevrouw));
    expect(c).toMatchObject({ kind: 'behandeling', frame: 'wlz', payer: 'zorgkantoor', route: 'included_in_stay' });
    expect(codes(c.reasons)).toEqual(
      expect.arrayContaining(['deliverer_vaktherapeut', 'aim_health', 'within_treatment_plan', 'wlz_stay_with_treatment']),
    );
    expect(c.reasons.find((r) => r.code === 'deliverer_vaktherapeut')?.source).toBe('000 L68-72, L107-114');
    expect(c.warnings).toEqual([]);
  });

  it('and a day activity from a music agogue, on her wish, for the moment itself', () => {
    const c = classifyService(agogy, ctx(mevrouw));
    expect(c).toMatchObject({ kind: 'daginvulling', frame: 'wlz', payer: 'zorgkantoor', route: 'included_in_stay' });
    expect(codes(c.reasons)).toEqual(
      expect.arrayContaining(['deliverer_generalist', 'aim_meaning', 'persons_wish', 'wlz_dagbesteding']),
    );
    expect(c.reasons.find((r) => r.code === 'persons_wish')?.source).toBe('000 L43, L444-445');
  });

  it('never looks at the name of the activity', () => {
    for (const name of ['Muziek', 'Zingen', 'Muziektherapie', 'Bingo', '']) {
      expect(classifyKind({ ...therapy, activityName: name }).kind).toBe('behandeling');
      expect(classifyKind({ ...agogy, activityName: name }).kind).toBe('daginvulling');
    }
  });

  it('neither at the kind of record it came from', () => {
    for (const recordType of ['treatment_session', 'day_activity_attendance', 'online_activity'] as const) {
      expect(classifyKind({ ...therapy, recordType }).kind).toBe('behandeling');
      expect(classifyKind({ ...agogy, recordType }).kind).toBe('daginvulling');
    }
  });

  it('a music therapist leading a sing-along for wellbeing gives a day activity, not treatment (stepped care, 000 L409-415)', () => {
    const singAlong = { ...agogy, deliverer: musicTherapist };
    const c = classifyKind(singAlong);
    expect(c.kind).toBe('daginvulling');
    expect(codes(c.reasons)).toContain('therapist_without_treatment_goal');
  });
});

describe('seed 000 case 2: PMT versus activity supervisor in a nursing home (000 L482-546)', () => {
  const dhrA = person('1958-02-10', { careSetting: 'verpleeghuis', entitlements: { ...person('x').entitlements, wlz: [wlz()] } });
  it('PMT on a referral with indication (sadness after a stroke) is treatment, paid by the Wlz', () => {
    const pmt = service({
      activityName: 'Bewegen',
      deliverer: pmtTherapist,
      agreement: { basis: 'referral', referral: { source: 'regiebehandelaar', regiebehandelaarNamed: true } },
    });
    const c = classifyService(pmt, ctx(dhrA));
    expect(c).toMatchObject({ kind: 'behandeling', frame: 'wlz' });
    expect(c.reasons.find((r) => r.code === 'on_referral')?.source).toBe('000 L123-131, L433');
  });
  it('the same movement activity to activate him is a day activity', () => {
    const c = classifyService(dayActivity({ activityName: 'Bewegen', aim: 'meaning' }), ctx(dhrA));
    expect(c).toMatchObject({ kind: 'daginvulling', frame: 'wlz' });
  });
});

describe('what the record looks like when it is wrong', () => {
  it('an activity supervisor with a health aim stays a day activity, with a warning', () => {
    const c = classifyKind(dayActivity({ aim: 'health' }));
    expect(c.kind).toBe('daginvulling');
    expect(codes(c.warnings)).toEqual(['health_aim_needs_therapist']);
  });
  it('an unregistered therapist cannot give treatment (000 L70-72)', () => {
    const c = classifyKind(service({ deliverer: { ...musicTherapist, registration: null } }));
    expect(c.kind).toBe('begeleiding');
    expect(codes(c.warnings)).toContain('therapist_not_registered');
  });
  it('a vaktherapeut recorded with the ergotherapie discipline is not a registered therapist of that discipline', () => {
    expect(classifyKind(service({ deliverer: { ...musicTherapist, discipline: 'ergotherapie' } })).kind).not.toBe('behandeling');
  });
  it('treatment offered without referral or plan is still treatment, with a warning to record the indication', () => {
    const c = classifyKind(service({ agreement: { basis: 'offer', referral: null } }));
    expect(c.kind).toBe('behandeling');
    expect(codes(c.warnings)).toEqual(['treatment_without_referral']);
  });
});

describe('the other kinds', () => {
  it('individual support by an activity supervisor is begeleiding (000 L56-57)', () => {
    const c = classifyKind(dayActivity({ form: 'individueel' }));
    expect(c.kind).toBe('begeleiding');
    expect(c.reasons.find((r) => r.code === 'individual_support')?.source).toBe('000 L56-57');
  });
  it('a diagnostic contact by a registered therapist is diagnostiek', () => {
    expect(classifyKind(service({ aim: 'diagnostic', recordType: 'diagnostic_contact' })).kind).toBe('diagnostiek');
  });
  it('a DTE screening is diagnostiek under direct access', () => {
    const screening = service({
      deliverer: occupationalTherapist,
      aim: 'diagnostic',
      recordType: 'dte_screening',
      agreement: { basis: 'direct_access', referral: { source: 'zelf_dte', regiebehandelaarNamed: false } },
    });
    const c = classifyKind(screening);
    expect(c.kind).toBe('diagnostiek');
    expect(codes(c.reasons)).toContain('direct_access');
  });
  it('ergotherapie aimed at daily functioning and taking part is treatment (004 L30-35)', () => {
    const c = classifyKind(
      service({ deliverer: occupationalTherapist, aim: 'participation', agreement: { basis: 'referral', referral: null } }),
    );
    expect(c.kind).toBe('behandeling');
    expect(codes(c.reasons)).toContain('ergo_goal_is_daily_functioning');
  });
  it('but an ergotherapist running a group on offer for a meaningful day gives a day activity', () => {
    expect(classifyKind(dayActivity({ deliverer: occupationalTherapist })).kind).toBe('daginvulling');
  });
});

describe('every reason and warning names its source', () => {
  const samples: DeliveredService[] = [
    service(),
    service({ deliverer: occupationalTherapist }),
    service({ aim: 'diagnostic' }),
    dayActivity(),
    dayActivity({ form: 'individueel', deliverer: activitySupervisor, aim: 'health' }),
    dayActivity({ deliverer: musicTherapist }),
  ];
  const people = [
    person('2012-01-01'),
    person('1980-01-01'),
    person('1950-01-01', { entitlements: { ...person('x').entitlements, wlz: [wlz()] } }),
  ];
  it('as a seed line or a public source', () => {
    for (const s of samples)
      for (const p of people) {
        const c = classifyService(s, ctx(p));
        for (const r of [...c.reasons, ...c.warnings]) {
          expect(r.source).toMatch(/^(00[0-4] L\d+|REFERENCE\.md|Zvw|Jeugdwet|Zorginstituut|Wmo)/);
          expect(r.nl.length).toBeGreaterThan(10);
          expect(r.en.length).toBeGreaterThan(10);
        }
      }
  });
});
