import {
  PROFESSIONAL_ROLES,
  toAuditEvent,
  toCareTeam,
  toConsent,
  toPatient,
  toRelatedPerson,
  trajectoryToFhir,
  type FhirAuditInput,
  type Resource,
} from '@meedoen/core';
import { listCareTeam, listConsents, listRepresentatives } from '../access/care-network-store.js';
import type { Queryable } from '../db/database.js';
import { loadClient } from '../people/client-store.js';
import { loadTrajectory } from '../treatment/trajectory-store.js';

/** One client's data, read inside the access mechanism's transaction. */
export interface ClientScope {
  tx: Queryable;
  clientId: string;
  orgId: string;
  today: string;
}

export async function patientResources({ tx, clientId, orgId }: ClientScope): Promise<Resource[]> {
  const client = await loadClient(tx, orgId, clientId);
  return client ? [toPatient(client, orgId)] : [];
}

/** The care network: representatives, the care team and consents (one data category). */
export async function careNetworkResources({ tx, clientId, orgId, today }: ClientScope): Promise<Resource[]> {
  const [representatives, members, consents] = [
    await listRepresentatives(tx, orgId, clientId, today),
    // A membership withdrawn before it began never held: it is no participant (and its empty period no FHIR Period).
    (await listCareTeam(tx, orgId, clientId, today)).filter((member) => !member.withdrawn),
    await listConsents(tx, orgId, clientId, today),
  ];
  return [
    ...representatives.map((rep) => toRelatedPerson({ ...rep, clientId })),
    ...(members.length > 0 ? [toCareTeam(clientId, orgId, members)] : []),
    ...consents.map((consent) =>
      toConsent({
        ...consent,
        clientId,
        granteeIsProfessional: consent.granteeRoles.some((role) => PROFESSIONAL_ROLES.includes(role)),
      }),
    ),
  ];
}

/** Every trajectory of the client with its referral, goals, plan and sessions. */
export async function treatmentResources({ tx, clientId, orgId }: ClientScope): Promise<Resource[]> {
  const rows = await tx.query<{ id: string }>(`select id from trajectories where client_id = $1 order by created_at, id`, [
    clientId,
  ]);
  const out: Resource[] = [];
  for (const row of rows) {
    const stored = await loadTrajectory(tx, orgId, clientId, row.id);
    if (!stored) continue;
    const fhir = trajectoryToFhir(stored.trajectory, orgId);
    out.push(fhir.episodeOfCare, fhir.serviceRequest, ...fhir.goals, fhir.carePlan, ...fhir.encounters);
  }
  return out;
}

/** The client's own access log as the JSON API shows it: successful accesses, newest first (NEN 7513 §9). */
export async function accessLogResources({ tx, clientId, orgId }: ClientScope): Promise<Resource[]> {
  const rows = await tx.query<Omit<FhirAuditInput, 'occurredAt' | 'clientId' | 'orgId'> & { occurredAt: Date }>(
    `select a.seq::int as seq, a.occurred_at as "occurredAt", a.user_id as "userId", u.display_name as "userName",
            a.user_role as role, a.event, a.action, a.outcome, a.object_type as "objectType", a.basis,
            a.break_glass as "breakGlass", a.reason
       from audit_events a left join users u on u.id = a.user_id
      where a.client_id = $1 and a.outcome = 'success'
      order by a.seq desc`,
    [clientId],
  );
  return rows.map((row) => toAuditEvent({ ...row, clientId, orgId, occurredAt: new Date(row.occurredAt).toISOString() }));
}
