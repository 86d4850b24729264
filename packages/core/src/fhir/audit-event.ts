import type { AuditEvent } from '@medplum/fhirtypes';
import { PROFESSIONAL_ROLES, type Role } from '../access/roles.js';
import { LOCAL_SYSTEMS } from './profiles.js';

/** One record of the client's own access log (NEN 7513 §9), as the JSON API shows it. */
export interface FhirAuditInput {
  seq: number;
  occurredAt: string;
  clientId: string;
  orgId: string;
  userId: string | null;
  userName: string | null;
  role: string | null;
  event: string;
  action: 'C' | 'R' | 'U' | 'D' | 'E';
  outcome: 'success' | 'denied' | 'failed';
  objectType: string | null;
  basis: string | null;
  breakGlass: boolean;
  reason: string | null;
}

/** The record's id: the organisation's chain position (audit records are numbered per organisation). */
export const auditEventId = (seq: number) => `audit-${seq}`;

const OUTCOME: Record<FhirAuditInput['outcome'], AuditEvent['outcome']> = { success: '0', denied: '4', failed: '8' };

/** NEN 7513 items onto AuditEvent as REFERENCE.md §10.4 suggests. */
export function toAuditEvent(record: FhirAuditInput): AuditEvent {
  return {
    resourceType: 'AuditEvent',
    id: auditEventId(record.seq),
    type: { system: 'http://terminology.hl7.org/CodeSystem/audit-event-type', code: 'rest', display: 'RESTful Operation' },
    subtype: [{ system: LOCAL_SYSTEMS.auditEvent, code: record.event }],
    action: record.action,
    recorded: record.occurredAt,
    outcome: OUTCOME[record.outcome],
    ...(record.basis ? { outcomeDesc: record.basis } : {}),
    ...(record.breakGlass
      ? { purposeOfEvent: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'BTG' }] }] }
      : {}),
    agent: [
      {
        ...(record.role ? { role: [{ coding: [{ system: LOCAL_SYSTEMS.role, code: record.role }] }] } : {}),
        // A professional is a Practitioner; the client or a naaste is named, not referenced.
        who:
          record.userId && PROFESSIONAL_ROLES.includes(record.role as Role)
            ? { reference: `Practitioner/${record.userId}`, ...(record.userName ? { display: record.userName } : {}) }
            : { display: record.userName ?? 'onbekend' },
        requestor: true,
      },
    ],
    source: { observer: { reference: `Organization/${record.orgId}` } },
    entity: [
      {
        what: { reference: `Patient/${record.clientId}` },
        type: { system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type', code: '1', display: 'Person' },
        role: { system: 'http://terminology.hl7.org/CodeSystem/object-role', code: '1', display: 'Patient' },
        ...(record.reason ? { description: record.reason } : {}),
      },
      ...(record.objectType ? [{ name: record.objectType }] : []),
    ],
  };
}
