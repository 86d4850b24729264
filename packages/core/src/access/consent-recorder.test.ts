import { describe, expect, it } from 'vitest';
import {
  CONSENT_RECORDER_ROLES,
  recorderViolations,
  validateConsentRecording,
  type ConsentRecording,
  type Recorder,
} from './consent-recorder.js';

const THERAPIST: Recorder = { userId: 'u-ther', isSelf: false, isRepresentative: false, teamRoles: ['regiebehandelaar'] };
const VALID: ConsentRecording = { recorder: THERAPIST, granteeUserId: 'u-wb', recordedHow: 'in_person', documentRef: null };
const codes = (recording: Partial<ConsentRecording>) => validateConsentRecording({ ...VALID, ...recording }).map((v) => v.code);

describe('who may record a consent (finding 1)', () => {
  it('a professional on the care team records what the client gave in person or on a signed form', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ recordedHow: 'signed_form', documentRef: 'Scan 2026-114, map toestemmingen' })).toEqual([]);
    expect(codes({ recordedHow: 'signed_form', documentRef: '  ' })).toEqual(['consent.document_required']);
    expect(codes({ recordedHow: 'portal' })).toEqual(['consent.recorded_how_invalid']);
  });

  it('the client and their representative record in the portal', () => {
    expect(codes({ recorder: { ...THERAPIST, teamRoles: [], isSelf: true }, recordedHow: 'portal' })).toEqual([]);
    expect(codes({ recorder: { ...THERAPIST, teamRoles: [], isRepresentative: true }, recordedHow: 'portal' })).toEqual([]);
    expect(codes({ recorder: { ...THERAPIST, teamRoles: [], isSelf: true }, recordedHow: 'in_person' })).toEqual([
      'consent.recorded_how_invalid',
    ]);
  });

  it('never without a care relationship: beheerder, planner, zorgcoördinator outside the team', () => {
    // Their organisation roles do not count: only roles on this client's care team do.
    expect(codes({ recorder: { ...THERAPIST, teamRoles: [] } })).toEqual(['consent.recorder_not_in_care_team']);
  });

  it('never a role on the team that does not record consents (planner, beheerder, werkbegeleider)', () => {
    expect(CONSENT_RECORDER_ROLES).toEqual(['regiebehandelaar', 'zorgcoordinator']);
    for (const role of ['planner', 'beheerder', 'werkbegeleider', 'privacyfunctionaris', 'vaktherapeut'] as const)
      expect(codes({ recorder: { ...THERAPIST, teamRoles: [role] } })).toEqual(['consent.recorder_role_not_allowed']);
    expect(codes({ recorder: { ...THERAPIST, teamRoles: ['zorgcoordinator'] } })).toEqual([]);
  });

  it('never with themselves as grantee', () => {
    expect(codes({ granteeUserId: THERAPIST.userId })).toEqual(['consent.self_grant_forbidden']);
  });

  it('a representation is recorded from within the care team only, never by the client’s own account', () => {
    expect(recorderViolations({ ...THERAPIST, teamRoles: [], isSelf: true }, 'representation').map((v) => v.code)).toEqual([
      'representation.recorder_not_in_care_team',
    ]);
    expect(recorderViolations({ ...THERAPIST, teamRoles: ['planner'] }, 'representation').map((v) => v.code)).toEqual([
      'representation.recorder_role_not_allowed',
    ]);
    expect(recorderViolations(THERAPIST, 'representation')).toEqual([]);
  });
});
