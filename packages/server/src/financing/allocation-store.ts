import { monthBounds, type AttendanceStatus, type AttendedDay, type Wmo301Message, type WmoAllocation } from '@meedoen/core';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../errors/problem.js';
import { loadEntitlements, saveEntitlements } from './entitlement-store.js';

/** Clients by their current BSN (the latest entitlement version's), within the caller's organisation (RLS). */
export async function clientIdsByBsn(tx: Queryable, bsns: readonly string[]): Promise<Map<string, string>> {
  const rows = await tx.query<{ bsn: string; client_id: string }>(
    `select i.bsn, i.client_id from client_identifiers i
     join (select client_id, max(version) as version from entitlement_versions group by client_id) latest
       on latest.client_id = i.client_id and latest.version = i.version
     where i.bsn = any($1::text[])`,
    [[...bsns]],
  );
  return new Map(rows.map((r) => [r.bsn, r.client_id]));
}

export interface ReceivedAllocation {
  municipalityCode: string;
  allocationNumber: string;
  status: 'imported' | 'unchanged';
}

const FIELDS: (keyof WmoAllocation)[] = [
  'allocationNumber',
  'municipalityCode',
  'productCategory',
  'productCode',
  'volume',
  'unit',
  'frequency',
  'tariffCents',
  'from',
  'until',
];
/** The same product as received before (jsonb keeps no key order, so compare field by field). */
const same = (a: WmoAllocation, b: WmoAllocation) => FIELDS.every((field) => (a[field] ?? null) === (b[field] ?? null));

/**
 * One 301 message's allocations into the client's entitlements. Each product is received once per municipality
 * and ToewijzingNummer (unique key; a parallel import of the same number waits for the first and then sees it):
 * the same product again is `unchanged`; the same number with other contents or for another client is a 409.
 * New products become a new entitlement version; an allocation entered by hand under the same number is
 * replaced by the municipality's.
 */
export async function receiveAllocations(
  tx: Queryable,
  orgId: string,
  userId: string,
  clientId: string,
  message: Wmo301Message,
  allocations: readonly WmoAllocation[],
  fileIndex: number,
): Promise<ReceivedAllocation[]> {
  const out: ReceivedAllocation[] = [];
  const fresh: WmoAllocation[] = [];
  for (const a of allocations) {
    const inserted = await tx.query(
      `insert into wmo301_receipts (org_id, municipality_code, allocation_number, client_id, message_id, message_date, allocation, imported_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict (org_id, municipality_code, allocation_number) do nothing returning id`,
      [
        orgId,
        a.municipalityCode,
        a.allocationNumber,
        clientId,
        message.messageId,
        message.messageDate,
        JSON.stringify(a),
        userId,
      ],
    );
    if (inserted.length > 0) {
      fresh.push(a);
      out.push({ municipalityCode: a.municipalityCode, allocationNumber: a.allocationNumber, status: 'imported' });
      continue;
    }
    const [earlier] = await tx.query<{ client_id: string; allocation: WmoAllocation }>(
      `select client_id, allocation from wmo301_receipts where municipality_code = $1 and allocation_number = $2`,
      [a.municipalityCode, a.allocationNumber],
    );
    if (!earlier || earlier.client_id !== clientId || !same(earlier.allocation, a))
      throw new ProblemError('financing.wmo301_conflict', {
        errors: [
          {
            path: `/body/files/${fileIndex}/Client/ToegewezenProducten/${allocations.indexOf(a)}/ToewijzingNummer`,
            message: `allocation ${a.allocationNumber} of municipality ${a.municipalityCode} was read in before with other contents`,
            code: 'financing.wmo301_conflict',
          },
        ],
      });
    out.push({ municipalityCode: a.municipalityCode, allocationNumber: a.allocationNumber, status: 'unchanged' });
  }
  if (fresh.length > 0) {
    const current = await loadEntitlements(tx, clientId);
    const replaced = new Set(fresh.map((a) => `${a.municipalityCode}/${a.allocationNumber}`));
    const kept = current.entitlements.wmo.filter((a) => !replaced.has(`${a.municipalityCode}/${a.allocationNumber}`));
    await saveEntitlements(tx, orgId, clientId, userId, current.version, current.bsn, {
      ...current.entitlements,
      wmo: [...kept, ...fresh],
    });
  }
  return out;
}

export interface EnrolmentLink {
  id: string;
  offerName: string;
  groupName: string | null;
  financer: string;
  status: string;
  allocationMunicipalityCode: string | null;
  allocationNumber: string | null;
}

/**
 * The client's enrolments with their allocation link, and the month's attendance per enrolment (its group's
 * occurrences) and — under the key 'wmo' — at every Wmo maatwerk offer, the latest record per occurrence.
 */
export async function enrolmentAttendance(
  tx: Queryable,
  clientId: string,
  month: string,
): Promise<{ enrolments: EnrolmentLink[]; days: Map<string, AttendedDay[]> }> {
  const enrolments = await tx.query<EnrolmentLink>(
    `select e.id, o.name as "offerName", g.name as "groupName", e.financer, e.status,
       e.allocation_municipality_code as "allocationMunicipalityCode", e.allocation_number as "allocationNumber"
     from enrolments e join offers o on o.id = e.offer_id left join activity_groups g on g.id = e.group_id
     where e.client_id = $1 order by e.started_on desc`,
    [clientId],
  );
  const { start, end } = monthBounds(month);
  const rows = await tx.query<{ group_id: string; wmo: boolean; date: string; status: AttendanceStatus; minutes: number }>(
    `select o.group_id, f.access = 'wmo_maatwerk' as wmo, to_char(o.date, 'YYYY-MM-DD') as date, a.status, a.minutes
     from attendance_records a
     join occurrences o on o.id = a.occurrence_id
     join activity_groups g on g.id = o.group_id
     join offers f on f.id = g.offer_id
     where a.client_id = $1 and o.date between $2 and $3
       and not exists (select 1 from attendance_records later where later.supersedes = a.id)`,
    [clientId, start, end],
  );
  const groupOf = new Map<string, string>();
  for (const e of await tx.query<{ id: string; group_id: string | null }>(
    `select id, group_id from enrolments where client_id = $1`,
    [clientId],
  ))
    if (e.group_id) groupOf.set(e.id, e.group_id);
  const days = new Map<string, AttendedDay[]>();
  const push = (key: string, day: AttendedDay) => days.set(key, [...(days.get(key) ?? []), day]);
  for (const r of rows) {
    const day = { date: r.date, status: r.status, minutes: r.minutes };
    if (r.wmo) push('wmo', day);
    for (const e of enrolments) if (groupOf.get(e.id) === r.group_id) push(e.id, day);
  }
  return { enrolments, days };
}

/** Link (or unlink) an enrolment of this client to an allocation; 404 when the enrolment is not the client's. */
export async function linkEnrolment(
  tx: Queryable,
  clientId: string,
  enrolmentId: string,
  allocation: { municipalityCode: string; allocationNumber: string } | null,
): Promise<void> {
  const [enrolment] = await tx.query<{ financer: string }>(
    `select financer from enrolments where id = $1 and client_id = $2 for update`,
    [enrolmentId, clientId],
  );
  if (!enrolment) throw new ProblemError('resource.not_found');
  // Only attendance paid under the Wmo is delivered under a municipality's allocation (REFERENCE.md §9.3).
  if (allocation && enrolment.financer !== 'wmo')
    throw new ProblemError('financing.allocation_mismatch', {
      errors: [
        {
          path: '/body/allocation',
          message: 'this enrolment is not financed under the Wmo',
          code: 'financing.allocation_mismatch',
        },
      ],
    });
  await tx.query(
    `update enrolments set allocation_municipality_code = $3, allocation_number = $4 where id = $1 and client_id = $2`,
    [enrolmentId, clientId, allocation?.municipalityCode ?? null, allocation?.allocationNumber ?? null],
  );
}
