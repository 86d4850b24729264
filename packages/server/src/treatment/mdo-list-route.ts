import { decideClientRequest, isoDateIn } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { loadAccessFactsFor, auditRole } from '../access/access-facts.js';
import { auditActor } from '../access/audit-context.js';
import { appendAudits } from '../access/audit-log.js';
import { requireFullAuth } from '../access/route-access.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_MEETINGS = 100;

const Item = Type.Object({
  clientId: Type.String(),
  clientName: Type.String(),
  trajectoryId: Type.String(),
  discipline: Type.String(),
  decision: Type.String(),
  notes: Type.Union([Type.String(), Type.Null()]),
});
const Meeting = Type.Object({
  id: Type.String(),
  heldOn: Type.String(),
  participants: Type.Array(Type.String()),
  /** The meeting's own notes: only for someone who may see every person discussed (they may be about any of them). */
  notes: Type.Union([Type.String(), Type.Null()]),
  notesWithheld: Type.Boolean(),
  items: Type.Array(Item),
  /** Persons discussed whose treatment the caller may not see: counted, never named. */
  othersDiscussed: Type.Integer(),
});

interface Row {
  id: string;
  held_on: string;
  participants: string[];
  notes: string | null;
  client_id: string;
  client_name: string;
  trajectory_id: string;
  discipline: string;
  decision: string;
  item_notes: string | null;
}

/**
 * The MDO list across persons (issue 14): the multidisciplinary meetings of a period that discussed people whose
 * treatment the caller is a member of the care team for, newest first, with the decisions per person (DOMAIN.md §2,
 * 001 L1854-1944: evaluations and ends are accounted for in the MDO). Each person is shown only where core's access
 * rule lets the caller read their treatment data, and each person shown is one audited read (NEN 7513).
 */
export function registerMdoListRoute(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/mdo-meetings',
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['treatment'],
        summary:
          'The MDO meetings of a period about people in my care teams, with the decision per person I may see; others only counted',
        querystring: Type.Object(
          {
            from: Type.Optional(Type.String({ format: 'date' })),
            until: Type.Optional(Type.String({ format: 'date' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(Meeting), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const today = isoDateIn(new Date());
      const query = request.query as { from?: string; until?: string };
      const until = query.until ?? today;
      const from = query.from ?? `${Number(until.slice(0, 4)) - 1}${until.slice(4)}`;
      if (!DAY.test(from) || !DAY.test(until) || from > until)
        throw new ProblemError('request.invalid', {
          errors: [{ path: '/querystring/from', message: 'from must not be after until' }],
        });
      return db.withOrg(auth.orgId, async (tx) => {
        const rows = await tx.query<Row>(
          `with mine as (
             select m.id from mdo_meetings m
              where m.org_id = $4 and m.held_on between $2::date and $3::date
                and exists (select 1 from mdo_items i join care_team_members t on t.org_id = i.org_id and t.client_id = i.client_id
                             where i.org_id = m.org_id and i.mdo_id = m.id and t.user_id = $1)
              order by m.held_on desc, m.recorded_at desc limit ${MAX_MEETINGS})
           select m.id, m.held_on::text as held_on, m.participants, m.notes, i.client_id,
                  c.given_name || ' ' || c.family_name as client_name, i.trajectory_id, tr.discipline, i.decision,
                  i.notes as item_notes
             from mine join mdo_meetings m on m.org_id = $4 and m.id = mine.id
             join mdo_items i on i.org_id = m.org_id and i.mdo_id = m.id
             join clients c on c.org_id = m.org_id and c.id = i.client_id
             join trajectories tr on tr.org_id = m.org_id and tr.id = i.trajectory_id
            order by m.held_on desc, m.recorded_at desc, c.family_name, c.given_name`,
          [auth.userId, from, until, auth.orgId],
        );
        const clientIds = [...new Set(rows.map((r) => r.client_id))];
        const facts = await loadAccessFactsFor(tx, auth.orgId, auth.userId, clientIds, today);
        // The same rule as every treatment read (health data only for the care team or with consent), without
        // break-glass: an emergency opens one person's record, not a list of meetings.
        const readable = new Map(
          clientIds.flatMap((id) => {
            const found = facts.get(id);
            if (!found?.clientExists) return [];
            const decision = decideClientRequest(found.facts, 'treatment', 'read', false);
            return decision.allowed && !decision.breakGlass ? [[id, { decision, found }] as const] : [];
          }),
        );
        const meetings = new Map<string, Static<typeof Meeting> & { all: boolean }>();
        for (const row of rows) {
          const meeting = meetings.get(row.id) ?? {
            id: row.id,
            heldOn: row.held_on,
            participants: row.participants,
            notes: row.notes,
            notesWithheld: false,
            items: [],
            othersDiscussed: 0,
            all: true,
          };
          meetings.set(row.id, meeting);
          if (!readable.has(row.client_id)) {
            meeting.othersDiscussed += 1;
            meeting.all = false;
            continue;
          }
          meeting.items.push({
            clientId: row.client_id,
            clientName: row.client_name,
            trajectoryId: row.trajectory_id,
            discipline: row.discipline,
            decision: row.decision,
            notes: row.item_notes,
          });
        }
        const answer = [...meetings.values()]
          .filter((m) => m.items.length > 0)
          .map(({ all, ...m }) => (all ? m : { ...m, notes: null, notesWithheld: m.notes !== null }));
        // One audit record per person shown, naming the meetings' list as the object.
        const shown = [...new Set(answer.flatMap((m) => m.items.map((i) => i.clientId)))];
        await appendAudits(
          tx,
          auth.orgId,
          shown.map((clientId) => {
            const entry = readable.get(clientId);
            return {
              event: 'mdo.list',
              action: 'R' as const,
              outcome: 'success' as const,
              clientId,
              ...auditActor(request, auth),
              role: entry ? auditRole(entry.found.facts) : null,
              basis: entry?.decision.basis ?? 'care_team',
              breakGlass: false,
              reason: null,
              objectType: 'mdo_meetings',
              objectId: null,
            };
          }),
        );
        return answer;
      });
    },
  );
}
