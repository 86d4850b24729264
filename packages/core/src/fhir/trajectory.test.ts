import { Fhir } from 'fhir';
import { describe, expect, it } from 'vitest';
import { runSteps, TO_AGREED_PLAN } from '../treatment/testing/trajectory-fixtures.js';
import type { Trajectory } from '../treatment/trajectory-types.js';
import { childId, isFhirId, parentOf } from './ids.js';
import { trajectoryToFhir } from './trajectory.js';

const fhir = new Fhir();
const errorsOf = (resource: object) =>
  (fhir.validate(resource, { errorOnUnexpected: true }).messages ?? []).filter((m) => m.severity === 'error');

function agreed(): Trajectory {
  const { trajectory } = runSteps(TO_AGREED_PLAN);
  if (!trajectory) throw new Error('the PMT case did not reach an agreed plan');
  return { ...trajectory, id: '8c8ed4cf-98d8-4a02-84f4-3016950977b6', clientId: 'c1' };
}

describe('a trajectory as FHIR R4', () => {
  it('maps the PMT case: an active episode, its referral, goals and an active plan', () => {
    const t = agreed();
    const fhirT = trajectoryToFhir(t, 'org1');
    expect(fhirT.episodeOfCare).toMatchObject({
      status: 'active',
      patient: { reference: 'Patient/c1' },
      period: { start: '2026-09-01' },
      referralRequest: [{ reference: `ServiceRequest/${t.id}` }],
    });
    expect(fhirT.serviceRequest).toMatchObject({ status: 'active', intent: 'order', authoredOn: '2026-09-01' });
    expect(fhirT.carePlan).toMatchObject({ status: 'active', intent: 'plan', period: { start: '2026-10-06' } });
    expect(fhirT.goals.map((g) => [g.id, g.lifecycleStatus])).toEqual([
      [`${t.id}.g1`, 'active'],
      [`${t.id}.g1a`, 'active'],
    ]);
    for (const resource of [fhirT.episodeOfCare, fhirT.serviceRequest, fhirT.carePlan, ...fhirT.goals]) {
      expect(errorsOf(resource)).toEqual([]);
    }
  });

  it('a refused referral is a revoked request and a cancelled episode', () => {
    const t = { ...agreed(), state: 'niet_geaccepteerd' as const };
    const fhirT = trajectoryToFhir(t, 'org1');
    expect(fhirT.serviceRequest.status).toBe('revoked');
    expect(fhirT.episodeOfCare.status).toBe('cancelled');
    expect(fhirT.goals.every((g) => g.lifecycleStatus === 'cancelled')).toBe(true);
  });
});

describe('ids of parts inside a trajectory', () => {
  it('keeps a short part readable and hashes one too long or odd, always behind the parent', () => {
    expect(childId('t1', 'g1')).toBe('t1.g1');
    const long = childId('8c8ed4cf-98d8-4a02-84f4-3016950977b6', '3b6f3c0e-0f5a-4e0e-9a51-2f6a4b2b7d10');
    expect(isFhirId(long)).toBe(true);
    expect(long).toMatch(/^8c8ed4cf-98d8-4a02-84f4-3016950977b6\.h[0-9a-f]{8}$/);
    expect(childId('t1', 'doel 1')).toMatch(/^t1\.h[0-9a-f]{8}$/);
    expect(parentOf(long)).toBe('8c8ed4cf-98d8-4a02-84f4-3016950977b6');
    expect(parentOf('t1')).toBeNull();
  });
});
