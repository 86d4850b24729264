import type { Organization, Patient, Practitioner, PractitionerRole, RelatedPerson } from '@medplum/fhirtypes';
import { LOCAL_SYSTEMS, NL_CORE_PROFILES } from './profiles.js';

/** A client's personalia as the server reads them (no BSN is stored, so none is sent). */
export interface FhirClientInput {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  careSetting: string;
  municipality: string | null;
}

export interface FhirProfessionalInput {
  id: string;
  displayName: string;
  roles: readonly string[];
  discipline: string | null;
  active: boolean;
}

export interface FhirRepresentativeInput {
  id: string;
  clientId: string;
  userId: string;
  displayName: string;
  relation: 'ouder' | 'wettelijk_vertegenwoordiger';
  validFrom: string;
  validUntil: string | null;
}

export interface FhirOrganisationInput {
  id: string;
  name: string;
  kind: string;
}

const ROLE_CODE = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';

export function toPatient(client: FhirClientInput, orgId: string): Patient {
  return {
    resourceType: 'Patient',
    id: client.id,
    meta: { profile: [NL_CORE_PROFILES.Patient] },
    active: true,
    name: [
      {
        use: 'official',
        text: `${client.givenName} ${client.familyName}`,
        family: client.familyName,
        given: [client.givenName],
      },
    ],
    birthDate: client.birthDate,
    // The municipality (gemeente) is the address part a municipality's share of care is decided by.
    ...(client.municipality ? { address: [{ use: 'home', district: client.municipality, country: 'NL' }] } : {}),
    managingOrganization: { reference: `Organization/${orgId}` },
  };
}

/** A parent or legal representative of the client (BW 7:465; REFERENCE.md §13). */
export function toRelatedPerson(rep: FhirRepresentativeInput): RelatedPerson {
  return {
    resourceType: 'RelatedPerson',
    id: rep.id,
    meta: { profile: [NL_CORE_PROFILES.RelatedPerson] },
    active: rep.validUntil === null,
    patient: { reference: `Patient/${rep.clientId}` },
    relationship: [
      {
        coding: [
          rep.relation === 'ouder'
            ? { system: ROLE_CODE, code: 'PRN', display: 'parent' }
            : { system: ROLE_CODE, code: 'GUARD', display: 'guardian' },
          { system: LOCAL_SYSTEMS.relation, code: rep.relation },
        ],
        text: rep.relation === 'ouder' ? 'ouder' : 'wettelijk vertegenwoordiger',
      },
    ],
    name: [{ text: rep.displayName }],
    period: { start: rep.validFrom, ...(rep.validUntil ? { end: rep.validUntil } : {}) },
  };
}

export function toPractitioner(person: FhirProfessionalInput): Practitioner {
  return {
    resourceType: 'Practitioner',
    id: person.id,
    meta: { profile: [NL_CORE_PROFILES.Practitioner] },
    active: person.active,
    name: [{ text: person.displayName }],
    ...(person.discipline
      ? { qualification: [{ code: { coding: [{ system: LOCAL_SYSTEMS.discipline, code: person.discipline }] } }] }
      : {}),
  };
}

/** What the professional does for this organisation: the roles and the discipline. */
export function toPractitionerRole(person: FhirProfessionalInput, orgId: string): PractitionerRole {
  return {
    resourceType: 'PractitionerRole',
    id: person.id,
    meta: { profile: [NL_CORE_PROFILES.PractitionerRole] },
    active: person.active,
    practitioner: { reference: `Practitioner/${person.id}`, display: person.displayName },
    organization: { reference: `Organization/${orgId}` },
    code: person.roles.map((role) => ({ coding: [{ system: LOCAL_SYSTEMS.role, code: role }] })),
    ...(person.discipline ? { specialty: [{ coding: [{ system: LOCAL_SYSTEMS.discipline, code: person.discipline }] }] } : {}),
  };
}

export function toOrganization(org: FhirOrganisationInput): Organization {
  return {
    resourceType: 'Organization',
    id: org.id,
    meta: { profile: [NL_CORE_PROFILES.Organization] },
    active: true,
    name: org.name,
    type: [{ coding: [{ system: 'urn:meedoen:fhir:CodeSystem:organisation-kind', code: org.kind }] }],
  };
}
