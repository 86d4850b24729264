import { emptyParticipationPlan, type ParticipationPlan } from '@meedoen/core';
import type { Database } from '../db/database.js';
import { insertOffer, type OfferInputData } from '../daginvulling/offer-store.js';
import { addToCareTeam, createTestClient, createTestUser, type TestUser } from './test-database.js';

/** A text planted in one part of a client's record, to find out where it shows up. */
export const secret = (part: string) => `SECRET-${part}`;

export const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** Zwolle, the demo region: the client lives here, offers lie around it. */
export const HOME = { lat: 52.5168, lon: 6.083 };

/** A plan with a planted secret in every section that can hold text. */
export function secretPlan(disclosure: ParticipationPlan['disclosure']): ParticipationPlan {
  const empty = emptyParticipationPlan();
  return {
    ...empty,
    dreams: secret('dreams'),
    meaning: secret('meaning'),
    otherRoles: [secret('otherRoles')],
    strengths: ['houtbewerking', secret('strengths')],
    competences: { ...empty.competences, persoonlijk: secret('competences') },
    preferences: {
      ...empty.preferences,
      sectors: [secret('preferences')],
      interests: ['houtbewerking'],
      maxTravelMinutes: 60,
      availability: (['ma', 'di', 'wo', 'do', 'vr'] as const).map((day) => ({ day, from: '08:00', to: '18:00' })),
      access: ['geen', 'wmo_maatwerk', 'wlz'],
    },
    supportNeeds: ['coaching'],
    network: [{ name: secret('network'), relation: 'broer', contribution: 'rijdt' }],
    perspective: secret('perspective'),
    steps: [{ description: secret('steps'), done: false }],
    ladder: { currentRung: 3, targetRung: 4, wantsToStay: false },
    signalPlan: { ...empty.signalPlan, rood: { signs: secret('signalPlan'), actions: 'bellen' } },
    disclosure,
    portfolio: [{ title: secret('portfolio'), kind: 'ervaring', date: '2026-01-01', description: '', fileId: null }],
  };
}

export const MATRIX_OFFER: OfferInputData = {
  name: 'Werkplaats',
  provider: 'Test',
  internal: true,
  description: 'Test',
  form: 'arbeidsmatige_dagbesteding',
  access: 'geen',
  conditions: '',
  forWhom: '',
  interests: ['houtbewerking'],
  learn: [],
  level: 'vmbo',
  groupOrIndividual: 'groep',
  schedule: [{ day: 'di', from: '09:00', to: '12:00' }],
  eveningsWeekends: false,
  openInHolidays: false,
  capacity: 10,
  address: 'Ergens 1',
  lat: HOME.lat + 0.05,
  lon: HOME.lon + 0.02,
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

export interface ClientRecordFixture {
  clientId: string;
  /** An activiteitenbegeleider on the client's care team (wrote the comment and the roll call). */
  supervisor: TestUser;
  offerId: string;
  groupId: string;
  occurrenceId: string;
  fileId: string;
}

/**
 * A client with something in every part of their record that a client can share: a plan (with a
 * secret per section), a comment, a ladder position, a placement with attendance, a portfolio file,
 * a home location and offers around it.
 */
export async function createClientRecord(
  db: Database,
  orgId: string,
  disclosure: ParticipationPlan['disclosure'],
): Promise<ClientRecordFixture> {
  const clientId = await createTestClient(db, orgId, '1990-03-03');
  const supervisor = await createTestUser(db, orgId, ['activiteitenbegeleider'], 'Begeleider Test');
  await addToCareTeam(db, orgId, clientId, supervisor.id, 'activiteitenbegeleider');
  const plan = secretPlan(disclosure);
  return db.withOrg(orgId, async (tx) => {
    await tx.query(`update clients set home_lat = $2, home_lon = $3 where id = $1`, [clientId, HOME.lat, HOME.lon]);
    await tx.query(
      `insert into participation_plans (client_id, org_id, version, document, updated_by) values ($1, $2, 1, $3, $4)`,
      [clientId, orgId, JSON.stringify(plan), supervisor.id],
    );
    await tx.query(
      `insert into participation_plan_versions (org_id, client_id, version, document, saved_by) values ($1, $2, 1, $3, $4)`,
      [orgId, clientId, JSON.stringify(plan), supervisor.id],
    );
    await tx.query(`insert into participation_plan_comments (org_id, client_id, author_id, text) values ($1, $2, $3, $4)`, [
      orgId,
      clientId,
      supervisor.id,
      secret('comments'),
    ]);
    await tx.query(
      `insert into ladder_positions (org_id, client_id, date, rung, within_rung_step, target_rung, wants_to_stay, note, recorded_by)
       values ($1, $2, '2026-01-01', 3, 2, 4, false, $3, $4)`,
      [orgId, clientId, secret('ladder'), supervisor.id],
    );
    const offerId = await insertOffer(tx, orgId, MATRIX_OFFER, '2026-01-01');
    await insertOffer(tx, orgId, { ...MATRIX_OFFER, name: 'Verder weg', lat: HOME.lat + 0.3, lon: HOME.lon - 0.2 }, '2026-01-01');
    const [group] = await tx.query<{ id: string }>(
      `insert into activity_groups (org_id, offer_id, name, schedule, location, capacity, season_from, supervisor_ids)
       values ($1, $2, 'Houtgroep', '[]', 'x', 10, '2026-01-01', $3) returning id`,
      [orgId, offerId, [supervisor.id]],
    );
    const [occurrence] = await tx.query<{ id: string }>(
      `insert into occurrences (org_id, group_id, date, starts, ends) values ($1, $2, '2026-01-06', '09:00', '12:00') returning id`,
      [orgId, group?.id],
    );
    await tx.query(
      `insert into enrolments (org_id, client_id, offer_id, group_id, status, started_on, financer, unit_rule)
       values ($1, $2, $3, $4, 'actief', '2026-01-01', 'geen', '{"kind":"minuut","countOnline":true}')`,
      [orgId, clientId, offerId, group?.id],
    );
    await tx.query(
      `insert into attendance_records (org_id, occurrence_id, client_id, status, arrival, departure, minutes, note, recorded_by)
       values ($1, $2, $3, 'aanwezig', '09:00', '12:00', 180, $4, $5)`,
      [orgId, occurrence?.id, clientId, secret('attendance'), supervisor.id],
    );
    const [file] = await tx.query<{ id: string }>(
      `insert into portfolio_files (org_id, client_id, name, content_type, size_bytes, data, uploaded_by)
       values ($1, $2, 'werk.png', 'image/png', $3, $4, $5) returning id`,
      [orgId, clientId, Buffer.from(PNG_BASE64, 'base64').length, Buffer.from(PNG_BASE64, 'base64'), supervisor.id],
    );
    return {
      clientId,
      supervisor,
      offerId,
      groupId: group?.id ?? '',
      occurrenceId: occurrence?.id ?? '',
      fileId: file?.id ?? '',
    };
  });
}

/** Give a user the client's consent to read every category: whatever limits them then is the disclosure. */
export async function consentToEverything(db: Database, orgId: string, clientId: string, userId: string): Promise<void> {
  await db.withOrg(orgId, (tx) =>
    tx.query(
      `insert into consent_grants (org_id, client_id, grantee_user_id, categories, level, valid_from, given_by, naaste_basis, recorded_by, recorded_how)
       values ($1, $2, $3, '{personalia,care_network,treatment,measurements,day_activities,participation_plan,access_log}', 'read',
               '2020-01-01', 'client', 'verzoek_client', $3, 'in_person')`,
      [orgId, clientId, userId],
    ),
  );
}
