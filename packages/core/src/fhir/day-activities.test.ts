import { Fhir } from 'fhir';
import { describe, expect, it } from 'vitest';
import { applyDisclosure, disclosureFor } from '../access/disclosure.js';
import { emptyParticipationPlan, type ParticipationPlan } from '../daginvulling/participation-plan.js';
import { localDateTime, toAttendanceEncounter, type FhirAttendanceInput } from './attendance.js';
import { toParticipationCarePlan } from './participation-plan.js';
import { trajectoryToFhir } from './trajectory.js';
import { runSteps, TO_AGREED_PLAN } from '../treatment/testing/trajectory-fixtures.js';

const fhir = new Fhir();
const errorsOf = (resource: object) =>
  (fhir.validate(resource, { errorOnUnexpected: true }).messages ?? []).filter((m) => m.severity === 'error');

const present: FhirAttendanceInput = {
  firstRecordId: '6f1c0f5e-2b7a-4c1e-9a37-0d3f1f6b2a10',
  version: 1,
  clientId: 'c1',
  status: 'aanwezig',
  date: '2026-10-06',
  starts: '09:30',
  ends: '15:30',
  arrival: '10:15',
  departure: '15:30',
  minutes: 315,
  groupName: 'Houtwerkplaats, di/do',
  offer: { id: 'o1', name: 'Houtwerkplaats De Spaander', form: 'arbeidsmatige_dagbesteding', hasLocation: true },
  location: 'Werkplaats De Spaander',
  supervisorIds: ['u1'],
};

describe('attendance at a day activity as FHIR R4 Encounter', () => {
  it('present: finished, the period actually present (with the day’s offset), minutes, supervisor, place', () => {
    const encounter = toAttendanceEncounter(present, 'org1');
    expect(encounter).toMatchObject({
      id: present.firstRecordId,
      meta: { versionId: '1', profile: ['http://nictiz.nl/fhir/StructureDefinition/nl-core-Encounter'] },
      status: 'finished',
      class: { code: 'AMB' },
      subject: { reference: 'Patient/c1' },
      // 2026-10-06 is summer time in Amsterdam (+02:00).
      period: { start: '2026-10-06T10:15:00+02:00', end: '2026-10-06T15:30:00+02:00' },
      length: { value: 315, code: 'min' },
      participant: [{ individual: { reference: 'Practitioner/u1' } }],
      location: [{ location: { reference: 'Location/o1' } }],
      serviceProvider: { reference: 'Organization/org1' },
    });
    expect(encounter.type?.[0]?.coding?.[0]?.code).toBe('dagactiviteit');
    expect(encounter.type?.[1]?.coding?.[0]).toMatchObject({ code: 'aanwezig' });
    expect(errorsOf(encounter)).toEqual([]);
  });

  it('every absence is a cancelled contact with its reason, over the planned period, without a length', () => {
    for (const status of ['afwezig_gemeld', 'afwezig_ongemeld', 'ziek'] as const) {
      const encounter = toAttendanceEncounter(
        { ...present, status, arrival: null, departure: null, minutes: 0, date: '2026-11-19' },
        'org1',
      );
      expect(encounter.status).toBe('cancelled');
      expect(encounter.type?.[1]?.coding?.[0]?.code).toBe(status);
      // 2026-11-19 is winter time (+01:00).
      expect(encounter.period).toEqual({ start: '2026-11-19T09:30:00+01:00', end: '2026-11-19T15:30:00+01:00' });
      expect(encounter.length).toBeUndefined();
      expect(errorsOf(encounter)).toEqual([]);
    }
  });

  it('online attendance is a virtual contact; a group without an address names its place without a Location', () => {
    const encounter = toAttendanceEncounter(
      { ...present, status: 'online', offer: { ...present.offer, hasLocation: false }, arrival: null, departure: null },
      'org1',
    );
    expect(encounter).toMatchObject({ status: 'finished', class: { code: 'VR' } });
    expect(encounter.period?.start).toBe('2026-10-06T09:30:00+02:00');
    expect(encounter.location).toEqual([{ location: { display: 'Werkplaats De Spaander' } }]);
  });

  it('a correction keeps the id and raises the version', () => {
    const corrected = toAttendanceEncounter({ ...present, version: 3, status: 'ziek' }, 'org1');
    expect([corrected.id, corrected.meta?.versionId, corrected.status]).toEqual([present.firstRecordId, '3', 'cancelled']);
  });

  it('writes a local time with the offset of that day, also on the night summer time starts', () => {
    expect(localDateTime('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00+01:00');
    expect(localDateTime('2026-03-29', '03:30')).toBe('2026-03-29T03:30:00+02:00');
  });

  it('a treatment session is marked as one, so the two kinds of Encounter are told apart', () => {
    const { trajectory } = runSteps(TO_AGREED_PLAN);
    if (!trajectory) throw new Error('no trajectory');
    const mapped = trajectoryToFhir({ ...trajectory, id: '8c8ed4cf-98d8-4a02-84f4-3016950977b6', clientId: 'c1' }, 'org1');
    for (const encounter of mapped.encounters) expect(encounter.type?.[0]?.coding?.[0]?.code).toBe('behandelsessie');
    expect(mapped.carePlan.category?.[0]?.coding?.[0]?.code).toBe('behandelplan');
  });
});

function kevinPlan(): ParticipationPlan {
  return {
    ...emptyParticipationPlan(),
    dreams: 'Fietsenmaker worden',
    strengths: ['handig', 'geduldig'],
    signalPlan: {
      groen: { signs: 'slaapt goed', actions: 'doorgaan' },
      oranje: { signs: '', actions: '' },
      rood: { signs: 'blijft in bed', actions: 'moeder bellen' },
    },
    steps: [
      { description: 'Twee dagen houtwerkplaats', done: true },
      { description: 'Meedraaien bij de fietsen', done: false },
    ],
    ladder: { currentRung: 3, targetRung: 4, wantsToStay: false },
    disclosure: [{ audience: 'werkbegeleider', mayKnow: 'geheim-wie-mag-wat', sections: ['strengths', 'steps'] }],
  };
}

describe('the participation plan as FHIR R4 CarePlan', () => {
  const comments = [{ text: 'Mooi plan', createdAt: '2026-10-02T10:00:00.000Z', authorName: 'Sanne Peters' }];

  it('is a participatieplan (not a behandelplan) with its version, wishes and goal, steps as activities, comments as notes', () => {
    const plan = toParticipationCarePlan({
      clientId: 'c1',
      version: 4,
      updatedAt: '2026-10-01T09:00:00.000Z',
      author: 'Patient/c1',
      plan: kevinPlan(),
      comments,
    });
    expect(plan).toMatchObject({
      id: 'c1',
      meta: { versionId: '4' },
      status: 'active',
      intent: 'plan',
      category: [{ coding: [{ code: 'participatieplan' }] }],
      subject: { reference: 'Patient/c1' },
      author: { reference: 'Patient/c1' },
      activity: [
        { detail: { status: 'completed', description: 'Twee dagen houtwerkplaats' } },
        { detail: { status: 'not-started', description: 'Meedraaien bij de fietsen' } },
      ],
      note: [{ authorString: 'Sanne Peters', text: 'Mooi plan' }],
    });
    expect(plan.description).toContain('Fietsenmaker worden');
    expect(plan.description).toContain('nu trede 3, doel trede 4');
    expect(plan.description).toContain('rood: blijft in bed → moeder bellen');
    // Who may know what is the client's access choice, not plan content.
    expect(JSON.stringify(plan)).not.toContain('geheim-wie-mag-wat');
    expect(errorsOf(plan)).toEqual([]);
  });

  it('shows a party with consent only the sections the client shared with them (003 L1912-1915)', () => {
    const disclosure = disclosureFor('consent', ['werkbegeleider'], kevinPlan().disclosure);
    const seen = applyDisclosure({ kind: 'fields', fields: { plan: 'sections', comments: 'comments' } }, disclosure, {
      plan: kevinPlan() as Partial<ParticipationPlan>,
      comments,
    });
    const plan = toParticipationCarePlan({
      clientId: 'c1',
      version: 1,
      updatedAt: '2026-10-01T09:00:00.000Z',
      author: null,
      ...seen,
    });
    const text = JSON.stringify(plan);
    expect(plan.description).toBe('Sterke kanten: handig, geduldig');
    expect(plan.activity).toHaveLength(2);
    for (const hidden of ['Fietsenmaker', 'blijft in bed', 'trede', 'Mooi plan', 'geheim-wie-mag-wat'])
      expect(text).not.toContain(hidden);
    expect(errorsOf(plan)).toEqual([]);
  });

  it('an empty plan is still a valid CarePlan', () => {
    const plan = toParticipationCarePlan({
      clientId: 'c1',
      version: 1,
      updatedAt: '2026-10-01T09:00:00.000Z',
      author: null,
      plan: {},
      comments: [],
    });
    expect(plan.description).toBeUndefined();
    expect(errorsOf(plan)).toEqual([]);
  });
});
