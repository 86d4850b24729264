import {
  ATTENDANCE_STATUSES,
  checkAttendanceEntry,
  monthOverview,
  TRANSPORT_MODES,
  type AttendanceStatus,
  type AttendedDay,
  type Indication,
  type TransportMode,
  type UnitRule,
} from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { withClientAccess, withClientsAccess } from '../access/client-access.js';
import { requireFullAuth } from '../access/route-access.js';
import type { Database, Queryable } from '../db/database.js';
import { problemResponses, ProblemError, throwIfViolations } from '../errors/problem.js';
import { MonthOverviewRow } from './enrolment-schema.js';
import { insertAttendanceRecords, type AttendanceRow } from './attendance-store.js';
import { ClientIdParams } from '../people/client-schemas.js';
import { registerEnrolmentRoutes } from './enrolment-routes.js';

const OccurrenceParams = Type.Object({ occurrenceId: Type.String({ format: 'uuid' }) });
const Time = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' });
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

interface Occurrence {
  id: string;
  group_id: string;
  date: string;
  starts: string;
  ends: string;
  group_name: string;
}

/** The occurrence; `lock` also takes its row lock in the same statement (one roll call of it at a time). */
async function loadOccurrence(tx: Queryable, orgId: string, id: string, lock = false): Promise<Occurrence | null> {
  const [row] = await tx.query<Occurrence>(
    `select o.id, o.group_id, o.date, o.starts, o.ends, g.name as group_name
       from occurrences o join activity_groups g on g.org_id = o.org_id and g.id = o.group_id
      where o.org_id = $2 and g.org_id = $2 and o.id = $1${lock ? ' for update of o' : ''}`,
    [id, orgId],
  );
  return row ?? null;
}

/** Who is expected at an occurrence: active enrolments in the group on that date. */
async function participantsOf(
  tx: Queryable,
  orgId: string,
  occurrence: Occurrence,
): Promise<{ client_id: string; name: string }[]> {
  return tx.query(
    `select e.client_id, c.given_name || ' ' || c.family_name as name
       from enrolments e join clients c on c.org_id = e.org_id and c.id = e.client_id
      where e.org_id = $3 and c.org_id = $3 and e.group_id = $1 and e.status = 'actief' and e.started_on <= $2::date and (e.ended_on is null or e.ended_on >= $2::date)
      order by c.given_name, c.family_name`,
    [occurrence.group_id, occurrence.date, orgId],
  );
}

/** The current record per client: the latest one that no correction superseded. Parameters: occurrence, organisation. */
const CURRENT = `select r.id, r.client_id, r.status, r.arrival, r.departure, r.minutes, r.note, r.transport, r.recorded_at
  from attendance_records r
 where r.org_id = $2 and r.occurrence_id = $1
   and not exists (select 1 from attendance_records s where s.org_id = r.org_id and s.supersedes = r.id)`;

interface CurrentRecord {
  id: string;
  client_id: string;
  status: string;
  arrival: string | null;
  departure: string | null;
  minutes: number;
  note: string | null;
  transport: TransportMode | null;
}

/** Whether a new record would say exactly what the current one says (then writing it adds nothing). */
function sameRecord(current: CurrentRecord, next: Omit<CurrentRecord, 'id' | 'client_id'>): boolean {
  return (
    current.status === next.status &&
    current.arrival === next.arrival &&
    current.departure === next.departure &&
    current.minutes === next.minutes &&
    current.note === next.note &&
    current.transport === next.transport
  );
}

/**
 * The roll call (DOMAIN.md §4.6): one request for a whole group at the door, every participant's
 * access checked and audited in one transaction; corrections are new records, never overwrites.
 */
export function registerAttendanceRoutes(app: FastifyInstance, db: Database): void {
  registerEnrolmentRoutes(app, db);

  app.get(
    '/api/v1/occurrences/:occurrenceId/roll-call',
    {
      config: {
        access: {
          kind: 'client',
          category: 'day_activities',
          action: 'read',
          audit: 'R',
          event: 'attendance.roll_call_read',
          disclosure: { kind: 'whole', parts: ['attendance'] },
        },
      },
      schema: {
        tags: ['daginvulling'],
        summary: 'Everyone expected at this occurrence with their current record',
        params: OccurrenceParams,
        response: {
          200: Type.Object({
            occurrence: Type.Object({
              id: Type.String(),
              groupName: Type.String(),
              date: Type.String(),
              starts: Type.String(),
              ends: Type.String(),
            }),
            participants: Type.Array(
              Type.Object({
                clientId: Type.String(),
                name: Type.String(),
                record: Type.Union([
                  Type.Object({
                    id: Type.String(),
                    status: Type.String(),
                    arrival: Type.Union([Type.String(), Type.Null()]),
                    departure: Type.Union([Type.String(), Type.Null()]),
                    minutes: Type.Integer(),
                    note: Type.Union([Type.String(), Type.Null()]),
                    transport: Type.Union([Type.Enum([...TRANSPORT_MODES]), Type.Null()]),
                  }),
                  Type.Null(),
                ]),
              }),
            ),
          }),
          ...problemResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const { occurrenceId } = request.params as { occurrenceId: string };
      const auth = requireFullAuth(request);
      const found = await db.withOrg(auth.orgId, async (tx) => {
        const occurrence = await loadOccurrence(tx, auth.orgId, occurrenceId);
        return occurrence ? { occurrence, participants: await participantsOf(tx, auth.orgId, occurrence) } : null;
      });
      if (!found) throw new ProblemError('resource.not_found');
      return withClientsAccess(
        db,
        request,
        found.participants.map((p) => p.client_id),
        async (tx) => {
          const current = await tx.query<CurrentRecord>(CURRENT, [occurrenceId, auth.orgId]);
          const o = found.occurrence;
          return {
            occurrence: { id: o.id, groupName: o.group_name, date: o.date, starts: o.starts, ends: o.ends },
            participants: found.participants.map((p) => {
              const record = current.find((r) => r.client_id === p.client_id);
              return {
                clientId: p.client_id,
                name: p.name,
                record: record
                  ? {
                      id: record.id,
                      status: record.status,
                      arrival: record.arrival,
                      departure: record.departure,
                      minutes: record.minutes,
                      note: record.note,
                      transport: record.transport,
                    }
                  : null,
              };
            }),
          };
        },
        { objectType: 'occurrence', objectId: occurrenceId },
      );
    },
  );

  app.post(
    '/api/v1/occurrences/:occurrenceId/roll-call',
    {
      config: {
        access: {
          kind: 'client',
          category: 'day_activities',
          action: 'write',
          audit: 'C',
          event: 'attendance.roll_call',
          // 003 L1912-1915: a party outside the team (a werkbegeleider) records presence only where the person shared it.
          disclosure: { kind: 'whole', parts: ['attendance'] },
        },
      },
      schema: {
        tags: ['daginvulling'],
        summary:
          'Record the whole roll call, or one person, in one request: present (arrival, departure), online, absent with or without notice, sick. A second record for someone corrects the first; a record equal to the current one is not written again, so a repeated or retried request is idempotent.',
        params: OccurrenceParams,
        body: Type.Object(
          {
            records: Type.Array(
              Type.Object(
                {
                  clientId: Type.String({ format: 'uuid' }),
                  status: Type.Enum([...ATTENDANCE_STATUSES]),
                  arrival: Type.Optional(Time),
                  departure: Type.Optional(Time),
                  minutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 1440 })),
                  note: Type.Optional(Type.String({ maxLength: 500 })),
                  transport: Type.Optional(Type.Enum([...TRANSPORT_MODES])),
                },
                { additionalProperties: false },
              ),
              { minItems: 1, maxItems: 100 },
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ recorded: Type.Integer(), corrected: Type.Integer(), unchanged: Type.Integer() }),
          ...problemResponses(401, 403, 404, 422),
        },
      },
    },
    async (request) => {
      const { occurrenceId } = request.params as { occurrenceId: string };
      const { records } = request.body as {
        records: {
          clientId: string;
          status: AttendanceStatus;
          arrival?: string;
          departure?: string;
          minutes?: number;
          note?: string;
          transport?: TransportMode;
        }[];
      };
      const auth = requireFullAuth(request);
      return withClientsAccess(
        db,
        request,
        records.map((r) => r.clientId),
        async (tx, accesses) => {
          // One roll call of an occurrence at a time: concurrent saves wait here, so each reads the current
          // records the previous one left (the unique indexes of migration 0010 are the backstop). Read and locked
          // in the access decision's transaction (issue 16: no transaction of its own per roll call).
          const occurrence = await loadOccurrence(tx, auth.orgId, occurrenceId, true);
          if (!occurrence) throw new ProblemError('resource.not_found');
          const expected = new Set((await participantsOf(tx, auth.orgId, occurrence)).map((p) => p.client_id));
          const seen = new Set<string>();
          const duplicates = records.flatMap((r, i) => {
            if (!seen.has(r.clientId)) return (seen.add(r.clientId), []);
            return [{ path: `/body/records/${i}/clientId`, message: 'this person is already in this roll call' }];
          });
          if (duplicates.length > 0) throw new ProblemError('attendance.duplicate_participant', { errors: duplicates });
          const errors = records.flatMap((r, i) => {
            const out: { path: string; message: string }[] = [];
            if (!expected.has(r.clientId))
              out.push({ path: `/body/records/${i}/clientId`, message: 'not enrolled in this group on this date' });
            if (r.arrival && r.departure && minutesOf(r.departure) < minutesOf(r.arrival))
              out.push({ path: `/body/records/${i}/departure`, message: 'departure before arrival' });
            return out;
          });
          if (errors.length > 0) throw new ProblemError('request.invalid', { errors });
          const today = accesses[0]?.today ?? '';
          const rows = records.map((r) => {
            const present = r.status === 'aanwezig' || r.status === 'online';
            const arrival = present ? (r.arrival ?? occurrence.starts) : null;
            const departure = present ? (r.departure ?? occurrence.ends) : null;
            const minutes = !present
              ? 0
              : (r.minutes ?? minutesOf(departure ?? occurrence.ends) - minutesOf(arrival ?? occurrence.starts));
            return { r, arrival, departure, minutes };
          });
          throwIfViolations(
            rows.flatMap(({ r, minutes }, i) =>
              checkAttendanceEntry(
                { status: r.status, minutes, transport: r.transport },
                { ...occurrence, today },
                `/records/${i}`,
              ),
            ),
          );
          const current = await tx.query<CurrentRecord>(CURRENT, [occurrenceId, auth.orgId]);
          let corrected = 0;
          let unchanged = 0;
          const toWrite: AttendanceRow[] = [];
          for (const { r, arrival, departure, minutes } of rows) {
            const previous = current.find((c) => c.client_id === r.clientId);
            // A double tap or a retried request (the answer lost on a slow connection) repeats what is already
            // current: it is acknowledged without a second record. The occurrence lock above makes this hold
            // under parallel requests too.
            const next = { status: r.status, arrival, departure, minutes, note: r.note ?? null, transport: r.transport ?? null };
            if (previous && sameRecord(previous, next)) {
              unchanged += 1;
              continue;
            }
            if (previous) corrected += 1;
            toWrite.push({
              occurrenceId,
              clientId: r.clientId,
              ...next,
              supersedes: previous?.id ?? null,
              recordedBy: auth.userId,
            });
          }
          // The whole group in one statement (issue 16: the roll call's cost does not grow in round trips per person).
          await insertAttendanceRecords(tx, auth.orgId, toWrite);
          return { recorded: records.length - unchanged, corrected, unchanged };
        },
        { objectType: 'occurrence', objectId: occurrenceId },
      );
    },
  );

  app.get(
    '/api/v1/clients/:clientId/attendance',
    {
      config: {
        access: {
          kind: 'client',
          category: 'day_activities',
          action: 'read',
          audit: 'R',
          event: 'attendance.month',
          disclosure: { kind: 'whole', parts: ['attendance'] },
        },
      },
      schema: {
        tags: ['daginvulling'],
        summary: 'A month of attendance per placement: minutes, the financer’s units, and warnings on the indication',
        params: ClientIdParams,
        querystring: Type.Object(
          { month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(MonthOverviewRow), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      const { month } = request.query as { month: string };
      return withClientAccess(db, request, clientId, async (tx, access) => {
        const enrolments = await tx.query<{
          id: string;
          offer_name: string;
          group_id: string | null;
          financer: string;
          indication_from: string | null;
          indication_until: string | null;
          volume: number | null;
          volume_per: 'week' | 'maand' | 'totaal' | null;
          unit_rule: UnitRule;
        }>(
          `select e.id, o.name as offer_name, e.group_id, e.financer, e.indication_from, e.indication_until, e.volume::float as volume, e.volume_per, e.unit_rule
             from enrolments e join offers o on o.id = e.offer_id where e.client_id = $1 and e.group_id is not null`,
          [clientId],
        );
        const out = [];
        for (const e of enrolments) {
          // Each day says whether the caller recorded it, so a werkbegeleider reads back their own records.
          const days = await tx.query<AttendedDay & { recordedByMe: boolean }>(
            `select o.date, r.status, r.minutes, r.recorded_by = $4 as "recordedByMe" from attendance_records r join occurrences o on o.id = r.occurrence_id
              where r.client_id = $1 and o.group_id = $2 and to_char(o.date, 'YYYY-MM') = $3
                and not exists (select 1 from attendance_records s where s.supersedes = r.id)
              order by o.date`,
            [clientId, e.group_id, month, access.userId],
          );
          const indication: Indication | null =
            e.indication_from && e.volume !== null && e.volume_per
              ? { from: e.indication_from, until: e.indication_until, volume: e.volume, per: e.volume_per, rule: e.unit_rule }
              : null;
          out.push({
            enrolmentId: e.id,
            offerName: e.offer_name,
            financer: e.financer,
            ...monthOverview(days, indication, month, access.today, { rule: e.unit_rule }),
            attendance: days,
          });
        }
        return out;
      });
    },
  );
}
