import type { CareTeam, Consent, ConsentProvisionActor } from '@medplum/fhirtypes';
import { LOCAL_SYSTEMS, NL_CORE_PROFILES } from './profiles.js';

export interface FhirCareTeamMemberInput {
  id: string;
  userId: string;
  displayName: string;
  role: string;
  validFrom: string;
  validUntil: string | null;
  active: boolean;
}

export interface FhirConsentInput {
  id: string;
  clientId: string;
  granteeUserId: string;
  granteeName: string;
  granteeIsProfessional: boolean;
  categories: readonly string[];
  level: 'read' | 'write';
  validFrom: string;
  validUntil: string | null;
  givenBy: string;
  recordedAt: string;
  revokedAt: string | null;
  active: boolean;
}

/** The client's care team: one per client, every membership with its period (ended ones too). */
export function toCareTeam(clientId: string, orgId: string, members: readonly FhirCareTeamMemberInput[]): CareTeam {
  return {
    resourceType: 'CareTeam',
    id: clientId,
    meta: { profile: [NL_CORE_PROFILES.CareTeam] },
    status: members.some((m) => m.active) ? 'active' : 'inactive',
    subject: { reference: `Patient/${clientId}` },
    managingOrganization: [{ reference: `Organization/${orgId}` }],
    participant: members.map((m) => ({
      role: [{ coding: [{ system: LOCAL_SYSTEMS.role, code: m.role }] }],
      member: { reference: `Practitioner/${m.userId}`, display: m.displayName },
      period: { start: m.validFrom, ...(m.validUntil ? { end: m.validUntil } : {}) },
    })),
  };
}

/**
 * A consent the client (or a parent or representative) gave for someone to see or change parts of the
 * record: a privacy consent (not a zib Wilsverklaring, so no nl-core-AdvanceDirective profile; REFERENCE.md §11.1).
 */
export function toConsent(consent: FhirConsentInput): Consent {
  const grantee: ConsentProvisionActor['reference'] = consent.granteeIsProfessional
    ? { reference: `Practitioner/${consent.granteeUserId}`, display: consent.granteeName }
    : { display: consent.granteeName };
  return {
    resourceType: 'Consent',
    id: consent.id,
    status: consent.active ? 'active' : 'inactive',
    scope: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }],
    },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }],
    patient: { reference: `Patient/${consent.clientId}` },
    dateTime: consent.recordedAt,
    ...(consent.givenBy === 'client' ? { performer: [{ reference: `Patient/${consent.clientId}` }] } : {}),
    policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN' }] },
    provision: {
      type: 'permit',
      period: {
        start: consent.validFrom,
        ...(consent.revokedAt ? { end: consent.revokedAt } : consent.validUntil ? { end: consent.validUntil } : {}),
      },
      actor: [
        {
          role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP' }] },
          reference: grantee,
        },
      ],
      action: [
        { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentaction', code: 'access' }] },
        ...(consent.level === 'write'
          ? [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentaction', code: 'correct' }] }]
          : []),
      ],
      code: consent.categories.map((category) => ({ coding: [{ system: LOCAL_SYSTEMS.dataCategory, code: category }] })),
    },
  };
}
