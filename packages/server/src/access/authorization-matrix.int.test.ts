import { randomUUID } from 'node:crypto';
import {
  DATA_CATEGORIES,
  DISCLOSABLE_PARTS,
  DISCLOSURE_AUDIENCES,
  emptyParticipationPlan,
  ROLES,
  type DataCategory,
  type Role,
} from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXPECTED_FULL_CONSENT,
  EXPECTED_ON_CARE_TEAM,
  EXPECTED_OWN_RECORD,
  EXPECTED_PERMISSION_HOLDERS,
  EXPECTED_ROLE_ONLY,
  strongerRow,
} from '../../../core/src/access/testing/expected-access.js';
import type { Database } from '../db/database.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import {
  addToCareTeam,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  linkClientAccount,
  openTestDatabase,
} from '../testing/test-database.js';
import { insertOffer, type OfferInputData } from '../daginvulling/offer-store.js';
import { flagResourceId, sessionResourceId, type MeasurementAlert } from '@meedoen/core';
import { insertSrsAdministration } from '../testing/administration-fixture.js';
import { exportJobsSettled } from '../fhir/export-job.js';
import { problemCodeInOutcome } from '../fhir/fhir-http.js';
import { insertTrajectory } from '../testing/trajectory-fixture.js';
import { loadTrajectory } from '../treatment/trajectory-store.js';
import { wmo301Xml } from '../testing/wmo301-fixture.js';
import { appendAudit } from './audit-log.js';
import type { DeclaredRoute } from './route-access.js';

/**
 * Every API route that exists, for every role, with and without a care relationship and consent:
 * the expected allow or deny holds. The expectation comes from hand-written tables; a new route
 * without a sample request here makes this test fail.
 */
type State = 'role_only' | 'care_team' | 'consent' | 'own_record';
const TEAM_ROLES: Role[] = [
  'vaktherapeut',
  'ergotherapeut',
  'regiebehandelaar',
  'activiteitenbegeleider',
  'trajectbegeleider',
  'zorgcoordinator',
  'planner',
  'beheerder',
];

interface Fixture {
  clientId: string;
  otherClientId: string;
  spareProfessionalId: string;
  spareNaasteId: string;
  pastMemberId: string;
  consentToRevokeId: string;
  /** A trajectory id that does not exist: an allowed caller gets 404, a denied one 403. */
  unknownId: string;
  offerId: string;
  groupId: string;
  /** An occurrence of the group the client is enrolled in. */
  occurrenceId: string;
  orgId: string;
  /** FHIR: a representative, a trajectory with a goal and a session, and an access-log record of the client. */
  representativeId: string;
  trajectoryId: string;
  encounterId: string;
  /** The client's attendance at the occurrence, as an Encounter id (the roll call's first record). */
  attendanceEncounterId: string;
  ladderPositionId: string;
  auditEventId: string;
  /** A scored administration at that session, and the alliance alert its score raises. */
  administrationId: string;
  flagId: string;
}

/** The problem code of a problem+json answer, or of the FHIR facade's OperationOutcome. */
const codeOf = (body: string): unknown => {
  const parsed = JSON.parse(body) as { code?: unknown };
  return parsed.code ?? problemCodeInOutcome(parsed);
};

const FHIR = '/api/fhir/R4';
/** An id of each FHIR type that exists, so an allowed read is 200 and a refused one 403. */
const FHIR_IDS: Record<string, (f: Fixture) => string> = {
  Patient: (f) => f.clientId,
  RelatedPerson: (f) => f.representativeId,
  CareTeam: (f) => f.clientId,
  Consent: (f) => f.consentToRevokeId,
  EpisodeOfCare: (f) => f.trajectoryId,
  ServiceRequest: (f) => f.trajectoryId,
  Goal: (f) => `${f.trajectoryId}.g1`,
  CarePlan: (f) => f.trajectoryId,
  Encounter: (f) => f.encounterId,
  QuestionnaireResponse: (f) => f.administrationId,
  Observation: (f) => `${f.administrationId}-total`,
  Flag: (f) => f.flagId,
  AuditEvent: (f) => f.auditEventId,
  Organization: (f) => f.orgId,
  Practitioner: (f) => f.spareProfessionalId,
  PractitionerRole: (f) => f.spareProfessionalId,
  HealthcareService: (f) => f.offerId,
  Location: (f) => f.offerId,
};
const FHIR_ORG_TYPES = new Set(['Organization', 'Practitioner', 'PractitionerRole', 'HealthcareService', 'Location']);
const FHIR_SAMPLES: Record<string, (f: Fixture) => { url: string }> = {
  [`GET ${FHIR}/metadata`]: () => ({ url: `${FHIR}/metadata` }),
  [`GET ${FHIR}/$export`]: () => ({ url: `${FHIR}/$export?_type=Patient` }),
  [`GET ${FHIR}/Patient/:resourceId/$export`]: (f) => ({ url: `${FHIR}/Patient/${f.clientId}/$export?_type=Patient` }),
  [`GET ${FHIR}/$export-status/:jobId`]: (f) => ({ url: `${FHIR}/$export-status/${f.unknownId}` }),
  [`GET ${FHIR}/$export-file/:jobId/:type`]: (f) => ({ url: `${FHIR}/$export-file/${f.unknownId}/Patient` }),
  ...Object.fromEntries(
    Object.entries(FHIR_IDS).flatMap(([type, id]) => [
      [
        `GET ${FHIR}/${type}`,
        (f: Fixture) => ({
          url: FHIR_ORG_TYPES.has(type)
            ? `${FHIR}/${type}`
            : `${FHIR}/${type}?${type === 'Patient' ? '_id' : 'patient'}=${f.clientId}`,
        }),
      ],
      [`GET ${FHIR}/${type}/:resourceId`, (f: Fixture) => ({ url: `${FHIR}/${type}/${id(f)}` })],
    ]),
  ),
};

/**
 * A FHIR type made of parts (Encounter: treatment session | attendance; CarePlan: treatment plan |
 * participation plan): per part a request that reaches only that part, by its kind or by an id of it.
 */
const PART_SAMPLES: Record<string, Partial<Record<DataCategory, (f: Fixture) => { url: string }>>> = {
  [`GET ${FHIR}/Encounter`]: {
    treatment: (f) => ({ url: `${FHIR}/Encounter?patient=${f.clientId}&type=behandelsessie` }),
    day_activities: (f) => ({ url: `${FHIR}/Encounter?patient=${f.clientId}&type=dagactiviteit` }),
  },
  [`GET ${FHIR}/Encounter/:resourceId`]: {
    treatment: (f) => ({ url: `${FHIR}/Encounter/${f.encounterId}` }),
    day_activities: (f) => ({ url: `${FHIR}/Encounter/${f.attendanceEncounterId}` }),
  },
  [`GET ${FHIR}/CarePlan`]: {
    treatment: (f) => ({ url: `${FHIR}/CarePlan?patient=${f.clientId}&category=behandelplan` }),
    participation_plan: (f) => ({ url: `${FHIR}/CarePlan?patient=${f.clientId}&category=participatieplan` }),
  },
  [`GET ${FHIR}/Observation`]: {
    measurements: (f) => ({ url: `${FHIR}/Observation?patient=${f.clientId}&category=survey` }),
    participation_plan: (f) => ({ url: `${FHIR}/Observation?patient=${f.clientId}&category=social-history` }),
  },
  [`GET ${FHIR}/Observation/:resourceId`]: {
    measurements: (f) => ({ url: `${FHIR}/Observation/${f.administrationId}-total` }),
    participation_plan: (f) => ({ url: `${FHIR}/Observation/${f.ladderPositionId}` }),
  },
  [`GET ${FHIR}/CarePlan/:resourceId`]: {
    treatment: (f) => ({ url: `${FHIR}/CarePlan/${f.trajectoryId}` }),
    participation_plan: (f) => ({ url: `${FHIR}/CarePlan/${f.clientId}` }),
  },
};

/** A valid body for every trajectory step (validation runs before the access decision). */
const STEP_BODIES: Record<string, object> = {
  'parental-consent': { givenBy: 'ouder', name: 'Ouder', date: '2026-01-01' },
  intake: { date: '2026-01-01' },
  acceptance: { accepted: true, reasons: 'x', contraIndications: [] },
  diagnostics: { findings: 'x' },
  'diagnostics-report': { report: 'x', sentTo: 'y' },
  indication: { focus: 'arousal', rationale: 'x' },
  goals: { goals: [] },
  plan: {
    plan: {
      clientView: null,
      therapistView: null,
      plannedDelivery: null,
      agreements: null,
      estimatedDuration: null,
      startDate: null,
      nextEvaluationDate: null,
      remarks: null,
    },
  },
  'evaluation-agreements': { everyWeeks: 6, firstDate: '2026-01-01', method: 'x' },
  'plan-agreement': { version: 1, agreedBy: 'client', date: '2026-01-01' },
  naasten: { name: 'x', relation: 'y', basis: 'verzoek_client' },
  sessions: {
    session: {
      date: '2026-01-01',
      form: 'individueel',
      setting: 'praktijk',
      directMinutes: 45,
      indirectMinutes: 0,
      activities: 'x',
      observations: 'x',
      sessionEvaluation: 'x',
      outcomeMeasured: false,
    },
  },
  'evaluation-start': { date: '2026-01-01' },
  'closing-notes': { advice: 'x', relapsePrevention: 'y' },
  evaluations: {
    evaluation: {
      kind: 'periodiek',
      date: '2026-01-01',
      process: {
        attunement: 'x',
        fitWithHelpQuestion: 'x',
        fitWithCharacteristics: 'x',
        individualOrGroup: 'x',
        choiceOfDiscipline: 'x',
      },
      results: [],
      satisfaction: 'x',
      participants: ['client'],
      discussedWithClient: true,
      decision: 3,
      handOver: false,
      referralTarget: null,
      nextEvaluationDate: null,
    },
  },
};

/** A request per route that passes validation, changes nothing that grants access, and is repeatable. */
const SAMPLE_OFFER: OfferInputData = {
  name: 'Matrix werkplaats',
  provider: 'Matrix',
  internal: true,
  description: 'Test',
  form: 'arbeidsmatige_dagbesteding',
  access: 'geen',
  conditions: '',
  forWhom: '',
  interests: [],
  learn: [],
  level: 'vmbo',
  groupOrIndividual: 'groep',
  schedule: [{ day: 'di', from: '09:00', to: '12:00' }],
  eveningsWeekends: false,
  openInHolidays: false,
  capacity: 10,
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

/** Refusals by a route's own domain rule after the access mechanism allowed the request (403 with their own code). */
const HANDLER_REFUSALS: readonly string[] = [
  'consent.recorder_not_in_care_team',
  'consent.recorder_role_not_allowed',
  'consent.self_grant_forbidden',
  'representation.recorder_not_in_care_team',
  'representation.recorder_role_not_allowed',
  'representation.self_forbidden',
  'representation.second_person_required',
  'care_team.arranger_not_allowed',
  'contact_moment.recorder_role_not_allowed',
  'contact_moment.not_author',
];

const SAMPLES: Record<string, (f: Fixture) => { url: string; payload?: unknown; headers?: Record<string, string> }> = {
  'GET /api/v1/health': () => ({ url: '/api/v1/health' }),
  'GET /api/v1/openapi.json': () => ({ url: '/api/v1/openapi.json' }),
  'POST /api/v1/session': () => ({ url: '/api/v1/session', payload: { email: 'nobody@test.example', password: 'x' } }),
  'POST /api/v1/session/second-factor': () => ({ url: '/api/v1/session/second-factor', payload: { code: '123456' } }),
  'DELETE /api/v1/session': () => ({ url: '/api/v1/session' }),
  'GET /api/v1/me': () => ({ url: '/api/v1/me' }),
  'POST /api/v1/me/second-factor/enrolment': () => ({ url: '/api/v1/me/second-factor/enrolment', payload: {} }),
  'POST /api/v1/me/second-factor/confirmation': () => ({
    url: '/api/v1/me/second-factor/confirmation',
    payload: { code: '123456' },
  }),
  'POST /api/v1/me/second-factor/removal': () => ({
    url: '/api/v1/me/second-factor/removal',
    payload: { currentPassword: 'not the password', code: '123456' },
  }),
  'POST /api/v1/me/password': () => ({
    url: '/api/v1/me/password',
    payload: { currentPassword: 'not the password', newPassword: 'whatever long enough' },
  }),
  'GET /api/v1/clients': () => ({ url: '/api/v1/clients' }),
  'POST /api/v1/clients': () => ({
    url: '/api/v1/clients',
    payload: { givenName: 'Nieuwe', familyName: 'Cliënt', birthDate: '1985-01-01', careSetting: 'thuis' },
  }),
  'GET /api/v1/professionals': () => ({ url: '/api/v1/professionals' }),
  'GET /api/v1/clients/:clientId': (f) => ({ url: `/api/v1/clients/${f.clientId}` }),
  'GET /api/v1/clients/:clientId/care-team': (f) => ({ url: `/api/v1/clients/${f.clientId}/care-team` }),
  'POST /api/v1/clients/:clientId/care-team': (f) => ({
    url: `/api/v1/clients/${f.clientId}/care-team`,
    payload: { userId: f.spareProfessionalId, role: 'vaktherapeut', validFrom: '2019-01-01', validUntil: '2019-01-02' },
  }),
  'POST /api/v1/clients/:clientId/care-team/:memberId/end': (f) => ({
    url: `/api/v1/clients/${f.clientId}/care-team/${f.pastMemberId}/end`,
    payload: {},
  }),
  // A membership long under way cannot be withdrawn: those allowed get 409, nothing changes.
  'POST /api/v1/clients/:clientId/care-team/:memberId/withdrawal': (f) => ({
    url: `/api/v1/clients/${f.clientId}/care-team/${f.pastMemberId}/withdrawal`,
  }),
  'POST /api/v1/clients/:clientId/representatives': (f) => ({
    url: `/api/v1/clients/${f.clientId}/representatives`,
    payload: { userId: f.spareNaasteId, basis: 'mentor', documentRef: 'Matrixtest', validFrom: '2099-01-01' },
  }),
  'POST /api/v1/clients/:clientId/representatives/:representativeId/approval': (f) => ({
    url: `/api/v1/clients/${f.clientId}/representatives/${f.unknownId}/approval`,
    payload: {},
  }),
  'GET /api/v1/clients/:clientId/consents': (f) => ({ url: `/api/v1/clients/${f.clientId}/consents` }),
  'GET /api/v1/clients/:clientId/consent-candidates': (f) => ({ url: `/api/v1/clients/${f.clientId}/consent-candidates` }),
  'POST /api/v1/clients/:clientId/consents': (f) => ({
    url: `/api/v1/clients/${f.clientId}/consents`,
    payload: {
      granteeUserId: f.spareProfessionalId,
      categories: ['personalia'],
      level: 'read',
      validFrom: '2099-01-01',
      givenBy: 'client',
      recordedHow: 'in_person',
    },
  }),
  'POST /api/v1/clients/:clientId/consents/:consentId/revocation': (f) => ({
    url: `/api/v1/clients/${f.clientId}/consents/${f.consentToRevokeId}/revocation`,
    payload: {},
  }),
  'GET /api/v1/clients/:clientId/access-log': (f) => ({ url: `/api/v1/clients/${f.clientId}/access-log` }),
  // Opening break-glass changes what the caller may see, so it targets another client.
  'POST /api/v1/clients/:clientId/break-glass': (f) => ({
    url: `/api/v1/clients/${f.otherClientId}/break-glass`,
    payload: { reason: 'Matrixtest: noodsituatie op de afdeling' },
  }),
  'GET /api/v1/clients/:clientId/entitlements': (f) => ({ url: `/api/v1/clients/${f.clientId}/entitlements` }),
  // A stale version: an allowed caller gets 409 and nothing is written.
  'PUT /api/v1/clients/:clientId/entitlements': (f) => ({
    url: `/api/v1/clients/${f.clientId}/entitlements`,
    headers: { 'if-match': '"999"' },
    payload: { entitlements: { wlz: [], wmo: [], jeugdwet: [], participatiewet: [], insurance: [] } },
  }),
  'GET /api/v1/clients/:clientId/financing/months/:month': (f) => ({
    url: `/api/v1/clients/${f.clientId}/financing/months/2026-01`,
  }),
  'GET /api/v1/clients/:clientId/services/:kind/:serviceId/classification': (f) => ({
    url: `/api/v1/clients/${f.clientId}/services/session/${f.unknownId}/classification?date=2026-01-06`,
  }),
  'GET /api/v1/clients/:clientId/ergotherapie/statement': (f) => ({
    url: `/api/v1/clients/${f.clientId}/ergotherapie/statement?year=2026`,
  }),
  // A valid 301 for a BSN no client has: an allowed caller gets 422 and nothing is read in.
  'POST /api/v1/wmo301-imports': () => ({
    url: '/api/v1/wmo301-imports',
    payload: { files: [{ name: 'm.xml', xml: wmo301Xml({ bsn: '123456782', products: [{ number: 'M-1' }] }) }] },
  }),
  'GET /api/v1/clients/:clientId/ergotherapie/preview': (f) => ({
    url: `/api/v1/clients/${f.clientId}/ergotherapie/preview?date=2026-03-02&minutes=60`,
  }),
  'GET /api/v1/clients/:clientId/allocations': (f) => ({ url: `/api/v1/clients/${f.clientId}/allocations?month=2026-01` }),
  'PUT /api/v1/clients/:clientId/enrolments/:enrolmentId/allocation': (f) => ({
    url: `/api/v1/clients/${f.clientId}/enrolments/${f.unknownId}/allocation`,
    payload: { allocation: null },
  }),
  'GET /api/v1/clients/:clientId/trajectories/:trajectoryId/funding': (f) => ({
    url: `/api/v1/clients/${f.clientId}/trajectories/${f.unknownId}/funding`,
  }),
  'PUT /api/v1/clients/:clientId/trajectories/:trajectoryId/funding': (f) => ({
    url: `/api/v1/clients/${f.clientId}/trajectories/${f.unknownId}/funding`,
    headers: { 'if-match': '"0"' },
    payload: { frame: 'zvw', reason: null },
  }),
  // A month in the future has no closed period and no lines: nothing is built, so the sample is repeatable.
  'POST /api/v1/declarations/runs': () => ({
    url: '/api/v1/declarations/runs',
    payload: { route: 'iwmo_323', month: '2099-01', date: '2099-02-01' },
  }),
  'POST /api/v1/declarations/runs/jobs': () => ({
    url: '/api/v1/declarations/runs/jobs',
    payload: { route: 'iwmo_323', month: '2099-01', date: '2099-02-01' },
  }),
  'GET /api/v1/declarations': () => ({ url: '/api/v1/declarations' }),
  'GET /api/v1/declarations/:runId': (f) => ({ url: `/api/v1/declarations/${f.unknownId}` }),
  'GET /api/v1/declarations/:runId/file': (f) => ({ url: `/api/v1/declarations/${f.unknownId}/file` }),
  'POST /api/v1/declarations/:runId/discard': (f) => ({ url: `/api/v1/declarations/${f.unknownId}/discard`, payload: {} }),
  'POST /api/v1/declarations/:runId/send': (f) => ({ url: `/api/v1/declarations/${f.unknownId}/send`, payload: {} }),
  'POST /api/v1/declarations/lines/:lineId/credit': (f) => ({
    url: `/api/v1/declarations/lines/${f.unknownId}/credit`,
    payload: { reason: 'Correctie' },
  }),
  'POST /api/v1/declarations/:runId/answers': (f) => ({
    url: `/api/v1/declarations/${f.unknownId}/answers`,
    payload: { xml: '<Bericht/>' },
  }),
  'GET /api/v1/audit': () => ({ url: '/api/v1/audit' }),
  'GET /api/v1/audit/verification': () => ({ url: '/api/v1/audit/verification' }),
  'GET /api/v1/organisation/policy': () => ({ url: '/api/v1/organisation/policy' }),
  // Sets the policy to what it already is, so the matrix does not change sign-in for later requests.
  'PUT /api/v1/organisation/policy': () => ({ url: '/api/v1/organisation/policy', payload: { requireSecondFactor: false } }),
  'GET /api/v1/organisation/agb': () => ({ url: '/api/v1/organisation/agb' }),
  // A stale version: the administrator gets 409, nothing changes for later requests.
  'PUT /api/v1/organisation/agb': () => ({
    url: '/api/v1/organisation/agb',
    payload: { agbCode: '12345678' },
    headers: { 'if-match': '"999"' },
  }),
  'GET /api/v1/financing/parameter-sets': () => ({ url: '/api/v1/financing/parameter-sets' }),
  // An empty body: the administrator gets 400, nothing is stored for later requests.
  'POST /api/v1/financing/parameter-sets': () => ({ url: '/api/v1/financing/parameter-sets', payload: {} }),
  'PUT /api/v1/financing/parameter-sets/:setId': (f) => ({
    url: `/api/v1/financing/parameter-sets/${f.unknownId}`,
    payload: {},
    headers: { 'if-match': '"1"' },
  }),
  'PUT /api/v1/users/:userId/registration': (f) => ({
    url: `/api/v1/users/${f.unknownId}/registration`,
    payload: { agbCode: '12345678', register: null, registrationNumber: null, profession: null },
    headers: { 'if-match': '"1"' },
  }),
  'GET /api/v1/audit/break-glass': () => ({ url: '/api/v1/audit/break-glass' }),
  'GET /api/v1/consents': () => ({ url: '/api/v1/consents?limit=5' }),
  'POST /api/v1/clients/:clientId/trajectories': (f) => ({
    url: `/api/v1/clients/${f.clientId}/trajectories`,
    payload: {
      discipline: 'beeldende_therapie',
      source: 'regiebehandelaar',
      requestType: 'behandeling',
      funding: 'wlz',
      referrerName: 'Matrix',
      question: 'Matrixtest',
      therapistId: f.spareProfessionalId,
      regiebehandelaarId: null,
    },
  }),
  'GET /api/v1/clients/:clientId/trajectories': (f) => ({ url: `/api/v1/clients/${f.clientId}/trajectories` }),
  'GET /api/v1/clients/:clientId/trajectories/:trajectoryId': (f) => ({
    url: `/api/v1/clients/${f.clientId}/trajectories/${f.unknownId}`,
  }),
  ...Object.fromEntries(
    Object.entries(STEP_BODIES).map(([path, payload]) => [
      `POST /api/v1/clients/:clientId/trajectories/:trajectoryId/${path}`,
      (f: Fixture) => ({ url: `/api/v1/clients/${f.clientId}/trajectories/${f.unknownId}/${path}`, payload }),
    ]),
  ),
  'GET /api/v1/clients/:clientId/trajectories/:trajectoryId/closing-report': (f) => ({
    url: `/api/v1/clients/${f.clientId}/trajectories/${f.unknownId}/closing-report`,
  }),
  'GET /api/v1/clients/:clientId/trajectories/:trajectoryId/closing-report.pdf': (f) => ({
    url: `/api/v1/clients/${f.clientId}/trajectories/${f.unknownId}/closing-report.pdf`,
  }),
  'POST /api/v1/group-sessions': (f) => ({
    url: '/api/v1/group-sessions',
    payload: {
      session: { ...(STEP_BODIES['sessions'] as { session: object }).session, form: 'groep' },
      participants: [{ clientId: f.clientId, trajectoryId: f.unknownId }],
    },
  }),
  'GET /api/v1/caseload': () => ({ url: '/api/v1/caseload' }),
  'GET /api/v1/mdo-meetings': () => ({ url: '/api/v1/mdo-meetings' }),
  'POST /api/v1/mdo-meetings': (f) => ({
    url: '/api/v1/mdo-meetings',
    payload: {
      heldOn: '2026-01-01',
      participants: ['x'],
      items: [{ clientId: f.clientId, trajectoryId: f.unknownId, decision: 'x' }],
    },
  }),
  'GET /api/v1/clients/:clientId/mdo-items': (f) => ({ url: `/api/v1/clients/${f.clientId}/mdo-items` }),
  'GET /api/v1/offers': () => ({ url: '/api/v1/offers?q=werkplaats' }),
  'GET /api/v1/offers/:offerId': (f) => ({ url: `/api/v1/offers/${f.offerId}` }),
  'POST /api/v1/offers': () => ({ url: '/api/v1/offers', payload: SAMPLE_OFFER }),
  'PUT /api/v1/offers/:offerId': (f) => ({
    url: `/api/v1/offers/${f.offerId}`,
    payload: SAMPLE_OFFER,
    headers: { 'if-match': '"999"' },
  }),
  'POST /api/v1/offers/:offerId/confirmation': (f) => ({ url: `/api/v1/offers/${f.offerId}/confirmation`, payload: {} }),
  'POST /api/v1/groups': (f) => ({
    url: '/api/v1/groups',
    payload: {
      offerId: f.offerId,
      name: 'g',
      schedule: [{ day: 'di', from: '09:00', to: '12:00' }],
      location: 'x',
      online: false,
      capacity: 5,
      supervisorIds: [],
      seasonFrom: '2026-01-01',
      seasonUntil: null,
    },
  }),
  'GET /api/v1/groups': () => ({ url: '/api/v1/groups' }),
  'POST /api/v1/groups/:groupId/occurrences': (f) => ({
    url: `/api/v1/groups/${f.groupId}/occurrences`,
    payload: { from: '2026-01-01', until: '2026-01-14' },
  }),
  'GET /api/v1/occurrences': () => ({ url: '/api/v1/occurrences?from=2026-01-01&until=2026-01-31' }),
  // The agenda (issue 14): a session on one's own agenda; unknown series answer 404 to whoever may ask.
  'GET /api/v1/agenda/rooms': () => ({ url: '/api/v1/agenda/rooms' }),
  'POST /api/v1/agenda/rooms': () => ({
    url: '/api/v1/agenda/rooms',
    payload: { name: `Zaal ${crypto.randomUUID()}`, capacity: null },
  }),
  'GET /api/v1/agenda': () => ({ url: '/api/v1/agenda?from=2026-01-05&until=2026-01-11' }),
  'GET /api/v1/agenda/series/:seriesId': (f) => ({ url: `/api/v1/agenda/series/${f.unknownId}` }),
  'POST /api/v1/agenda/series': () => ({
    url: '/api/v1/agenda/series',
    payload: {
      kind: 'mdo',
      clientId: null,
      trajectoryId: null,
      groupId: null,
      roomId: null,
      address: null,
      onlineUrl: null,
      startDate: '2026-01-07',
      startTime: '09:00',
      endTime: '09:30',
      recurrence: null,
      exceptions: [],
    },
  }),
  'PUT /api/v1/agenda/series/:seriesId': (f) => ({
    url: `/api/v1/agenda/series/${f.unknownId}`,
    payload: {
      version: 1,
      professionalId: f.spareProfessionalId,
      roomId: null,
      address: null,
      onlineUrl: null,
      startDate: '2026-01-07',
      startTime: '09:00',
      endTime: '09:30',
      recurrence: null,
      exceptions: [],
    },
  }),
  'POST /api/v1/agenda/series/:seriesId/cancel': (f) => ({
    url: `/api/v1/agenda/series/${f.unknownId}/cancel`,
    payload: { version: 1, reason: 'x' },
  }),
  'POST /api/v1/agenda/series/:seriesId/sessions/:date/cancel': (f) => ({
    url: `/api/v1/agenda/series/${f.unknownId}/sessions/2026-01-07/cancel`,
    payload: { version: 1, reason: 'x' },
  }),
  'POST /api/v1/agenda/series/:seriesId/sessions/:date/move': (f) => ({
    url: `/api/v1/agenda/series/${f.unknownId}/sessions/2026-01-07/move`,
    payload: { version: 1, reason: 'x', toDate: '2026-01-08', toStart: '09:00', toEnd: '09:30' },
  }),
  'GET /api/v1/clients/:clientId/agenda': (f) => ({
    url: `/api/v1/clients/${f.clientId}/agenda?from=2026-01-05&until=2026-01-11`,
  }),
  'GET /api/v1/agenda/feed': () => ({ url: '/api/v1/agenda/feed' }),
  'POST /api/v1/agenda/feed': () => ({ url: '/api/v1/agenda/feed' }),
  'DELETE /api/v1/agenda/feed': () => ({ url: '/api/v1/agenda/feed' }),
  'GET /api/v1/agenda/feed/:file': () => ({ url: `/api/v1/agenda/feed/${'a'.repeat(43)}.ics` }),
  'POST /api/v1/clients/:clientId/enrolments': (f) => ({
    url: `/api/v1/clients/${f.clientId}/enrolments`,
    payload: {
      offerId: f.offerId,
      groupId: null,
      agreedDays: [],
      status: 'aangemeld',
      startedOn: '2099-01-01',
      financer: 'geen',
      indication: null,
    },
  }),
  'GET /api/v1/clients/:clientId/enrolments': (f) => ({ url: `/api/v1/clients/${f.clientId}/enrolments` }),
  'GET /api/v1/occurrences/:occurrenceId/roll-call': (f) => ({ url: `/api/v1/occurrences/${f.occurrenceId}/roll-call` }),
  'POST /api/v1/occurrences/:occurrenceId/roll-call': (f) => ({
    url: `/api/v1/occurrences/${f.occurrenceId}/roll-call`,
    payload: { records: [{ clientId: f.clientId, status: 'aanwezig' }] },
  }),
  'GET /api/v1/clients/:clientId/attendance': (f) => ({ url: `/api/v1/clients/${f.clientId}/attendance?month=2026-01` }),
  'GET /api/v1/clients/:clientId/contact-moments': (f) => ({ url: `/api/v1/clients/${f.clientId}/contact-moments` }),
  'POST /api/v1/clients/:clientId/contact-moments': (f) => ({
    url: `/api/v1/clients/${f.clientId}/contact-moments`,
    payload: { date: '2026-01-06', minutes: 30, kind: 'gesprek', channel: 'telefoon', report: 'Gebeld over de eerste week.' },
  }),
  'PUT /api/v1/clients/:clientId/contact-moments/:momentId': (f) => ({
    url: `/api/v1/clients/${f.clientId}/contact-moments/${f.unknownId}`,
    payload: { date: '2026-01-06', minutes: 30, kind: 'gesprek', channel: 'telefoon', report: 'Gecorrigeerd.' },
    headers: { 'if-match': '"1"' },
  }),
  'GET /api/v1/clients/:clientId/contact-moments/:momentId/versions': (f) => ({
    url: `/api/v1/clients/${f.clientId}/contact-moments/${f.unknownId}/versions`,
  }),
  'GET /api/v1/clients/:clientId/participation-plan': (f) => ({ url: `/api/v1/clients/${f.clientId}/participation-plan` }),
  'PUT /api/v1/clients/:clientId/participation-plan': (f) => ({
    url: `/api/v1/clients/${f.clientId}/participation-plan`,
    payload: { plan: {} },
    headers: { 'if-match': '"999"' },
  }),
  'GET /api/v1/clients/:clientId/participation-plan/versions': (f) => ({
    url: `/api/v1/clients/${f.clientId}/participation-plan/versions`,
  }),
  'POST /api/v1/clients/:clientId/participation-plan/comments': (f) => ({
    url: `/api/v1/clients/${f.clientId}/participation-plan/comments`,
    payload: { text: 'x' },
  }),
  'GET /api/v1/clients/:clientId/ladder': (f) => ({ url: `/api/v1/clients/${f.clientId}/ladder` }),
  'POST /api/v1/clients/:clientId/ladder': (f) => ({
    url: `/api/v1/clients/${f.clientId}/ladder`,
    payload: { date: '2026-01-01', rung: 3, withinRungStep: 1, targetRung: 3, wantsToStay: true, note: '' },
  }),
  'POST /api/v1/clients/:clientId/day-evaluations': (f) => ({
    url: `/api/v1/clients/${f.clientId}/day-evaluations`,
    payload: {
      date: '2026-01-01',
      contentFit: 'x',
      levelFit: 'x',
      participationStage: 'x',
      nextActions: 'x',
      rung: null,
      longTermCare: null,
    },
  }),
  'GET /api/v1/day-evaluations/due': () => ({ url: '/api/v1/day-evaluations/due' }),
  'GET /api/v1/clients/:clientId/matches': (f) => ({ url: `/api/v1/clients/${f.clientId}/matches` }),
  'POST /api/v1/clients/:clientId/unmet-needs': (f) => ({
    url: `/api/v1/clients/${f.clientId}/unmet-needs`,
    payload: { sought: 'x', area: 'y', whyNothingFitted: 'z' },
  }),
  'GET /api/v1/unmet-needs': () => ({ url: '/api/v1/unmet-needs' }),
  // Matches are actionable (issue 14): a proposal to the person; unknown proposals answer 404 to whoever may ask.
  'POST /api/v1/clients/:clientId/proposals': (f) => ({
    url: `/api/v1/clients/${f.clientId}/proposals`,
    payload: { offerId: f.offerId, message: 'x' },
  }),
  'GET /api/v1/clients/:clientId/proposals': (f) => ({ url: `/api/v1/clients/${f.clientId}/proposals` }),
  'POST /api/v1/clients/:clientId/proposals/:proposalId/accept': (f) => ({
    url: `/api/v1/clients/${f.clientId}/proposals/${f.unknownId}/accept`,
    payload: {},
  }),
  'POST /api/v1/clients/:clientId/proposals/:proposalId/decline': (f) => ({
    url: `/api/v1/clients/${f.clientId}/proposals/${f.unknownId}/decline`,
    payload: { reason: 'x' },
  }),
  'POST /api/v1/clients/:clientId/proposals/:proposalId/answers/:party/change-to-no': (f) => ({
    url: `/api/v1/clients/${f.clientId}/proposals/${f.unknownId}/answers/person/change-to-no`,
    payload: {},
  }),
  'POST /api/v1/clients/:clientId/proposals/:proposalId/withdraw': (f) => ({
    url: `/api/v1/clients/${f.clientId}/proposals/${f.unknownId}/withdraw`,
    payload: { reason: 'x' },
  }),
  'POST /api/v1/clients/:clientId/proposals/:proposalId/request-decline': (f) => ({
    url: `/api/v1/clients/${f.clientId}/proposals/${f.unknownId}/request-decline`,
    payload: { reason: 'x' },
  }),
  'GET /api/v1/municipal-overview': () => ({ url: '/api/v1/municipal-overview' }),
  'GET /api/v1/reports/:report': () => ({ url: '/api/v1/reports/units-per-contract?from=2026-01&until=2026-03&format=csv' }),
  'PUT /api/v1/users/:userId/municipalities': (f) => ({
    url: `/api/v1/users/${f.spareProfessionalId}/municipalities`,
    payload: { municipalities: ['Zwolle'] },
  }),
  'GET /api/v1/users': () => ({ url: '/api/v1/users' }),
  'POST /api/v1/users': () => ({
    url: '/api/v1/users',
    payload: {
      email: `matrix-${randomUUID()}@test.example`,
      displayName: 'Matrix',
      roles: ['planner'],
    },
  }),
  'POST /api/v1/users/:userId/invitation': (f) => ({ url: `/api/v1/users/${f.unknownId}/invitation` }),
  'POST /api/v1/invitations/lookup': () => ({ url: '/api/v1/invitations/lookup', payload: { token: 'a'.repeat(43) } }),
  'POST /api/v1/invitations/acceptance': () => ({
    url: '/api/v1/invitations/acceptance',
    payload: { token: 'a'.repeat(43), password: 'een lang genoeg wachtwoord' },
  }),
  'PUT /api/v1/users/:userId/roles': (f) => ({ url: `/api/v1/users/${f.unknownId}/roles`, payload: { roles: ['planner'] } }),
  'POST /api/v1/users/:userId/deactivation': (f) => ({
    url: `/api/v1/users/${f.unknownId}/deactivation`,
    payload: { reason: 'matrix' },
  }),
  'POST /api/v1/clients/:clientId/portfolio-files': (f) => ({
    url: `/api/v1/clients/${f.clientId}/portfolio-files`,
    payload: {
      name: 'x.png',
      contentType: 'image/png',
      dataBase64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    },
  }),
  'GET /api/v1/clients/:clientId/portfolio-files/:fileId': (f) => ({
    url: `/api/v1/clients/${f.clientId}/portfolio-files/${f.unknownId}`,
  }),
  'GET /api/v1/instruments': () => ({ url: '/api/v1/instruments' }),
  'POST /api/v1/organisation/instrument-licences': () => ({
    url: '/api/v1/organisation/instrument-licences',
    payload: {
      instrumentId: 'ors',
      holder: 'Matrix',
      reference: 'M-1',
      validFrom: '2099-01-01',
      validUntil: null,
      digitalUse: false,
    },
  }),
  'POST /api/v1/organisation/instrument-contents': () => ({
    url: '/api/v1/organisation/instrument-contents',
    payload: { instrumentId: 'mansa', edition: 'x', copyright: 'x', languages: {}, scoringKey: null },
  }),
  'PUT /api/v1/organisation/instruments/:instrumentId': () => ({
    url: '/api/v1/organisation/instruments/ors',
    payload: { enabled: false, licenceId: null, contentId: null },
    headers: { 'if-match': '"999"' },
  }),
  'GET /api/v1/organisation/measurement-settings': () => ({ url: '/api/v1/organisation/measurement-settings' }),
  'PUT /api/v1/organisation/measurement-settings': () => ({
    url: '/api/v1/organisation/measurement-settings',
    payload: {},
    headers: { 'if-match': '"999"' },
  }),
  'GET /api/v1/organisation/outcomes': () => ({ url: '/api/v1/organisation/outcomes?by=discipline' }),
  'GET /api/v1/worklist/measurements': () => ({ url: '/api/v1/worklist/measurements' }),
  'GET /api/v1/clients/:clientId/measurements/open': (f) => ({ url: `/api/v1/clients/${f.clientId}/measurements/open` }),
  'GET /api/v1/clients/:clientId/trajectories/:trajectoryId/measurements': (f) => ({
    url: `/api/v1/clients/${f.clientId}/trajectories/${f.unknownId}/measurements`,
  }),
  'POST /api/v1/clients/:clientId/trajectories/:trajectoryId/measurements': (f) => ({
    url: `/api/v1/clients/${f.clientId}/trajectories/${f.unknownId}/measurements`,
    payload: {
      instrumentId: 'ors',
      occasionId: 'session:2026-01-01:start',
      moment: 'session_start',
      sessionId: null,
      respondent: 'client',
      mode: 'digital',
      answers: { individual: 50, interpersonal: 50, social: 50, overall: 50 },
      vasInput: 'slider_0_100',
    },
  }),
  'POST /api/v1/clients/:clientId/measurements/:administrationId/corrections': (f) => ({
    url: `/api/v1/clients/${f.clientId}/measurements/${f.unknownId}/corrections`,
    payload: { basedOnVersion: 1, answers: {}, vasInput: 'cm', reason: 'x' },
  }),
  'GET /api/v1/clients/:clientId/measurements/:administrationId/versions': (f) => ({
    url: `/api/v1/clients/${f.clientId}/measurements/${f.unknownId}/versions`,
  }),
  'GET /api/v1/clients/:clientId/measurements/:administrationId/fhir': (f) => ({
    url: `/api/v1/clients/${f.clientId}/measurements/${f.unknownId}/fhir`,
  }),
  'POST /api/v1/audit/break-glass/:id/review': () => ({
    url: '/api/v1/audit/break-glass/00000000-0000-4000-8000-000000000000/review',
    payload: { note: 'gezien' },
  }),
  ...FHIR_SAMPLES,
  'GET /api/v1/clients/:clientId/timeline': (f) => ({ url: `/api/v1/clients/${f.clientId}/timeline` }),
  'GET /api/v1/notes/search': () => ({ url: '/api/v1/notes/search?q=fiets' }),
  'GET /api/v1/worklist': () => ({ url: '/api/v1/worklist' }),
  'GET /api/v1/notifications': () => ({ url: '/api/v1/notifications' }),
  'POST /api/v1/notifications/:notificationId/read': (f) => ({ url: `/api/v1/notifications/${f.unknownId}/read` }),
  'GET /api/v1/jobs': () => ({ url: '/api/v1/jobs' }),
  'GET /api/v1/jobs/:jobId': (f) => ({ url: `/api/v1/jobs/${f.unknownId}` }),
};

function expectedRow(role: Role, state: State): string | null {
  switch (state) {
    case 'role_only':
      return EXPECTED_ROLE_ONLY[role];
    case 'care_team':
      return TEAM_ROLES.includes(role) ? strongerRow(EXPECTED_ROLE_ONLY[role], EXPECTED_ON_CARE_TEAM[role]) : null;
    case 'consent':
      return strongerRow(EXPECTED_ROLE_ONLY[role], EXPECTED_FULL_CONSENT);
    case 'own_record':
      return role === 'client' || role === 'naaste' ? EXPECTED_OWN_RECORD : null;
  }
}

function allowedBy(row: string, category: DataCategory, action: 'read' | 'write'): boolean {
  const cell = row.split(' ')[DATA_CATEGORIES.indexOf(category)];
  return cell === 'W' || (cell === 'R' && action === 'read');
}

// Each walk is thousands of requests, each audited: generous, so a busy machine slows it down but does not fail it.
describe('authorisation matrix: every route × every role × relationship', { timeout: 600_000 }, () => {
  let db: Database;
  let app: FastifyInstance;
  let routes: DeclaredRoute[];
  let fixture: Fixture;
  const sessions = new Map<string, Session>();
  const key = (role: Role, state: State) => `${role}:${state}`;

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { loginAttemptsPerMinute: 10_000 });
    routes = app.declaredRoutes;
    const orgId = await createTestOrganisation(db, 'Matrix');
    const clientId = await createTestClient(db, orgId, '1980-01-01');
    const otherClientId = await createTestClient(db, orgId, '1981-01-01');
    const admin = await createTestUser(db, orgId, ['beheerder']);
    const spare = await createTestUser(db, orgId, ['vaktherapeut']);
    const spareNaaste = await createTestUser(db, orgId, ['naaste']);
    // The client shares every part with every kind of party, so consent here is limited by the consent
    // alone; what disclosure hides is walked in disclosure.int.test.ts.
    const plan = {
      ...emptyParticipationPlan(),
      disclosure: DISCLOSURE_AUDIENCES.map((audience) => ({ audience, mayKnow: '', sections: [...DISCLOSABLE_PARTS] })),
    };
    await db.withOrg(orgId, (tx) =>
      tx.query(`insert into participation_plans (client_id, org_id, version, document, updated_by) values ($1, $2, 1, $3, $4)`, [
        clientId,
        orgId,
        JSON.stringify(plan),
        admin.id,
      ]),
    );
    const [past] = await db.withOrg(orgId, (tx) =>
      tx.query<{ id: string }>(
        `insert into care_team_members (org_id, client_id, user_id, role, valid_from, valid_until, added_by) values ($1, $2, $3, 'vaktherapeut', '2019-01-01', '2019-01-02', $3) returning id`,
        [orgId, clientId, spare.id],
      ),
    );
    const [consent] = await db.withOrg(orgId, (tx) =>
      tx.query<{ id: string }>(
        `insert into consent_grants (org_id, client_id, grantee_user_id, categories, level, valid_from, given_by, recorded_by, recorded_how)
         values ($1, $2, $3, '{personalia}', 'read', '2099-01-01', 'client', $4, 'in_person') returning id`,
        [orgId, clientId, spare.id, admin.id],
      ),
    );
    const representative = await createTestUser(db, orgId, ['naaste'], 'Matrixvertegenwoordiger');
    const [rep] = await db.withOrg(orgId, (tx) =>
      tx.query<{ id: string }>(
        `insert into client_representatives (org_id, client_id, user_id, relation, valid_from, recorded_by) values ($1, $2, $3, 'ouder', '2020-01-01', $4) returning id`,
        [orgId, clientId, representative.id, admin.id],
      ),
    );
    const trajectoryId = await insertTrajectory(db, orgId, clientId, {
      therapistId: spare.id,
      birthDate: '1980-01-01',
      sessions: ['2026-10-06'],
    });
    const stored = await db.withOrg(orgId, (tx) => loadTrajectory(tx, orgId, clientId, trajectoryId));
    const session = stored?.trajectory.sessions[0];
    const administrationId = session
      ? await insertSrsAdministration(db, orgId, {
          clientId,
          trajectoryId,
          sessionId: session.id,
          sessionNumber: 1,
          date: session.date,
          recordedBy: spare.id,
        })
      : '';
    const flagId = flagResourceId(trajectoryId, {
      instrumentId: 'srs',
      code: 'alliance_concern',
      session: 1,
    } as MeasurementAlert);
    const audited = await db.withOrg(orgId, (tx) =>
      appendAudit(tx, orgId, {
        event: 'client.read',
        action: 'R',
        outcome: 'success',
        clientId,
        userId: admin.id,
        responsibleUserId: admin.id,
        role: 'beheerder',
        basis: 'organisation',
        breakGlass: false,
        reason: null,
        objectType: 'personalia',
        objectId: null,
        ip: null,
        userAgent: null,
      }),
    );
    fixture = {
      orgId,
      representativeId: rep?.id ?? '',
      trajectoryId,
      encounterId: session ? sessionResourceId(trajectoryId, session) : '',
      administrationId,
      flagId,
      auditEventId: `audit-${audited.seq}`,
      clientId,
      otherClientId,
      spareProfessionalId: spare.id,
      spareNaasteId: spareNaaste.id,
      pastMemberId: past?.id ?? '',
      consentToRevokeId: consent?.id ?? '',
      unknownId: '00000000-0000-4000-8000-00000000abcd',
      ...(await db.withOrg(orgId, async (tx) => {
        const offerId = await insertOffer(tx, orgId, SAMPLE_OFFER, '2026-01-01');
        const [group] = await tx.query<{ id: string }>(
          `insert into activity_groups (org_id, offer_id, name, schedule, location, capacity, season_from) values ($1, $2, 'Matrixgroep', '[]', 'x', 10, '2026-01-01') returning id`,
          [orgId, offerId],
        );
        const [occurrence] = await tx.query<{ id: string }>(
          `insert into occurrences (org_id, group_id, date, starts, ends) values ($1, $2, '2026-01-06', '09:00', '12:00') returning id`,
          [orgId, group?.id],
        );
        await tx.query(
          `insert into enrolments (org_id, client_id, offer_id, group_id, status, started_on, financer, unit_rule) values ($1, $2, $3, $4, 'actief', '2026-01-01', 'geen', '{"kind":"minuut","countOnline":true}')`,
          [orgId, clientId, offerId, group?.id],
        );
        const [attendance] = await tx.query<{ id: string }>(
          `insert into attendance_records (org_id, occurrence_id, client_id, status, arrival, departure, minutes, recorded_by)
           values ($1, $2, $3, 'aanwezig', '09:00', '12:00', 180, $4) returning id`,
          [orgId, occurrence?.id, clientId, admin.id],
        );
        const [ladder] = await tx.query<{ id: string }>(
          `insert into ladder_positions (org_id, client_id, date, rung, within_rung_step, target_rung, wants_to_stay, recorded_by)
           values ($1, $2, '2026-01-06', 3, 2, 4, false, $3) returning id`,
          [orgId, clientId, admin.id],
        );
        return {
          offerId,
          groupId: group?.id ?? '',
          occurrenceId: occurrence?.id ?? '',
          attendanceEncounterId: attendance?.id ?? '',
          ladderPositionId: ladder?.id ?? '',
        };
      })),
    };

    for (const role of ROLES) {
      for (const state of ['role_only', 'care_team', 'consent', 'own_record'] as const) {
        if (expectedRow(role, state) === null) continue;
        const user = await createTestUser(db, orgId, [role], `${role} ${state}`);
        if (state === 'care_team') await addToCareTeam(db, orgId, clientId, user.id, role);
        if (state === 'consent') {
          await db.withOrg(orgId, (tx) =>
            tx.query(
              `insert into consent_grants (org_id, client_id, grantee_user_id, categories, level, valid_from, given_by, naaste_basis, recorded_by, recorded_how)
               values ($1, $2, $3, $4, 'read', '2020-01-01', 'client', 'verzoek_client', $5, 'in_person'), ($1, $2, $3, '{participation_plan}', 'write', '2020-01-01', 'client', 'verzoek_client', $5, 'in_person')`,
              [orgId, clientId, user.id, [...DATA_CATEGORIES], admin.id],
            ),
          );
        }
        if (state === 'own_record' && role === 'client') await linkClientAccount(db, orgId, user.id, clientId);
        if (state === 'own_record' && role === 'naaste') {
          await db.withOrg(orgId, (tx) =>
            tx.query(
              `insert into client_representatives (org_id, client_id, user_id, relation, basis, document_ref, valid_from, recorded_by, approved_by, approved_at)
               values ($1, $2, $3, 'wettelijk_vertegenwoordiger', 'mentor', 'Beschikking', '2020-01-01', $4, $5, now())`,
              [orgId, clientId, user.id, admin.id, spare.id],
            ),
          );
        }
        sessions.set(key(role, state), await signIn(app, user.email, user.password));
      }
    }
  }, 600_000);
  afterAll(async () => {
    await exportJobsSettled();
    await app.close();
    await db.close();
  });

  it('has a sample request for every route that exists, and no sample for a route that does not', () => {
    const declared = routes.map((route) => `${route.method} ${route.url}`).sort();
    expect(declared).toEqual(Object.keys(SAMPLES).sort());
  });

  it('refuses every non-public route without a session', async () => {
    for (const route of routes.filter((r) => r.access.kind !== 'public')) {
      const sample = SAMPLES[`${route.method} ${route.url}`]?.(fixture);
      if (!sample) throw new Error(`no sample for ${route.method} ${route.url}`);
      const response = await app.inject({
        method: route.method as 'GET',
        url: sample.url,
        ...(sample.payload !== undefined ? { payload: sample.payload as object } : {}),
      });
      expect({ route: route.url, status: response.statusCode, code: codeOf(response.body) }).toEqual({
        route: route.url,
        status: 401,
        code: 'auth.unauthenticated',
      });
    }
  });

  it('client routes: allowed exactly where the expected table says, 403 access.forbidden elsewhere', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      if (route.access.kind !== 'client') continue;
      const { category, action } = route.access;
      for (const role of ROLES) {
        for (const state of ['role_only', 'care_team', 'consent', 'own_record'] as const) {
          const row = expectedRow(role, state);
          const session = sessions.get(key(role, state));
          if (row === null || !session) continue;
          const sample = SAMPLES[`${route.method} ${route.url}`]?.(fixture);
          if (!sample) throw new Error(`no sample for ${route.url}`);
          const response = await app.inject({
            method: route.method as 'GET',
            url: sample.url,
            headers: { ...session.headers, ...sample.headers },
            ...(sample.payload !== undefined ? { payload: sample.payload as object } : {}),
          });
          const expected = allowedBy(row, category, action);
          // Allowed means the access check let it through: the handler may still answer 404, 409 or 422 — or
          // 403 with a domain rule's own code (who may record a consent or a representative, finding 1).
          const ok = expected
            ? response.statusCode !== 401 &&
              (response.statusCode !== 403 || HANDLER_REFUSALS.includes(String(codeOf(response.body)))) &&
              response.statusCode < 500
            : response.statusCode === 403 && codeOf(response.body) === 'access.forbidden';
          if (!ok)
            failures.push(
              `${route.method} ${route.url} as ${role} (${state}): expected ${expected ? 'allow' : 'deny'}, got ${response.statusCode} ${response.body.slice(0, 120)}`,
            );
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('every route made of parts has a sample per part', () => {
    const declared = routes.flatMap((route) =>
      route.access.kind === 'client_parts'
        ? route.access.parts.map((part) => `${route.method} ${route.url} ${part.category}`)
        : [],
    );
    expect(declared.length).toBeGreaterThan(0);
    const sampled = Object.entries(PART_SAMPLES).flatMap(([route, parts]) => Object.keys(parts).map((c) => `${route} ${c}`));
    expect(declared.sort()).toEqual(sampled.sort());
  });

  it('client routes made of parts: each part allowed exactly where the table says for its category, 403 elsewhere', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      if (route.access.kind !== 'client_parts') continue;
      for (const part of route.access.parts) {
        for (const role of ROLES) {
          for (const state of ['role_only', 'care_team', 'consent', 'own_record'] as const) {
            const row = expectedRow(role, state);
            const session = sessions.get(key(role, state));
            if (row === null || !session) continue;
            const sample = PART_SAMPLES[`${route.method} ${route.url}`]?.[part.category]?.(fixture);
            if (!sample) throw new Error(`no sample for ${route.url} (${part.category})`);
            const response = await app.inject({ method: 'GET', url: sample.url, headers: session.headers });
            const expected = allowedBy(row, part.category, route.access.action);
            // The part exists, so an allowed caller gets it (200) and a refused one 403.
            const ok = expected
              ? response.statusCode === 200
              : response.statusCode === 403 && codeOf(response.body) === 'access.forbidden';
            if (!ok)
              failures.push(
                `${sample.url} as ${role} (${state}), part ${part.category}: expected ${expected ? 'allow' : 'deny'}, got ${response.statusCode} ${response.body.slice(0, 120)}`,
              );
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('permission routes: allowed for exactly the roles that hold the permission', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      if (route.access.kind !== 'permission') continue;
      const holders = EXPECTED_PERMISSION_HOLDERS[route.access.permission] ?? [];
      for (const role of ROLES) {
        const session = sessions.get(key(role, 'role_only'));
        if (!session) continue;
        const sample = SAMPLES[`${route.method} ${route.url}`]?.(fixture);
        if (!sample) throw new Error(`no sample for ${route.url}`);
        const response = await app.inject({
          method: route.method as 'GET',
          url: sample.url,
          headers: { ...session.headers, ...sample.headers },
          ...(sample.payload !== undefined ? { payload: sample.payload as object } : {}),
        });
        const expected = holders.includes(role);
        const ok = expected ? response.statusCode !== 403 && response.statusCode < 500 : response.statusCode === 403;
        if (!ok)
          failures.push(
            `${route.method} ${route.url} as ${role}: expected ${expected ? 'allow' : 'deny'}, got ${response.statusCode}`,
          );
      }
    }
    expect(failures).toEqual([]);
  });

  it('signed-in routes answer every role', async () => {
    for (const route of routes) {
      if (route.access.kind !== 'signed_in' || route.method === 'DELETE') continue;
      for (const role of ROLES) {
        const session = sessions.get(key(role, 'role_only'));
        const sample = SAMPLES[`${route.method} ${route.url}`]?.(fixture);
        if (!session || !sample) continue;
        const response = await app.inject({
          method: route.method as 'GET',
          url: sample.url,
          headers: { ...session.headers, ...sample.headers },
          ...(sample.payload !== undefined ? { payload: sample.payload as object } : {}),
        });
        expect({ route: route.url, role, forbidden: response.statusCode === 403 || response.statusCode >= 500 }).toEqual({
          route: route.url,
          role,
          forbidden: false,
        });
      }
    }
  });
});
