import { isoDateIn } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { requireFullAuth } from '../access/route-access.js';
import type { Database } from '../db/database.js';
import { problemResponses } from '../errors/problem.js';
import { auditListed, readableClients } from './readable-clients.js';

/** The indexed text of a session note (migration 0018 indexes exactly this expression). */
const NOTE_VECTOR = `meedoen_dutch_vector(
    coalesce(e.data #>> '{session,activities}', '') || ' ' || coalesce(e.data #>> '{session,observations}', '') || ' '
      || coalesce(e.data #>> '{session,sessionEvaluation}', ''))`;

/** At most this many notes are considered per search; the newest first. */
const SEARCH_LIMIT = 50;

export function registerNoteSearchRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/notes/search',
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['record'],
        summary:
          'Full-text search over the session notes the caller may read (treatment, on an ordinary ground), with Dutch stemming: "fietsen" finds "fiets"; each client shown is audited',
        querystring: Type.Object(
          { q: Type.String({ minLength: 2, maxLength: 200, pattern: '\\S' }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                clientId: Type.String(),
                clientName: Type.String(),
                trajectoryId: Type.String(),
                id: Type.String({ description: 'the timeline item id of the note' }),
                date: Type.String(),
                authorName: Type.Union([Type.String(), Type.Null()]),
                activities: Type.String(),
                observations: Type.String(),
                sessionEvaluation: Type.String(),
              }),
            ),
          }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { q } = request.query as { q: string };
      const today = isoDateIn(new Date());
      return db.withOrg(auth.orgId, async (tx) => {
        const rows = await tx.query<{
          client_id: string;
          client_name: string;
          trajectory_id: string;
          seq: number;
          date: string;
          author: string | null;
          activities: string | null;
          observations: string | null;
          evaluation: string | null;
        }>(
          `select t.client_id, trim(c.given_name || ' ' || c.family_name) as client_name, e.trajectory_id, e.seq,
                  e.data #>> '{session,date}' as date, u.display_name as author,
                  e.data #>> '{session,activities}' as activities, e.data #>> '{session,observations}' as observations,
                  e.data #>> '{session,sessionEvaluation}' as evaluation
             from trajectory_events e
             join trajectories t on t.org_id = e.org_id and t.id = e.trajectory_id
             join clients c on c.org_id = t.org_id and c.id = t.client_id
             left join users u on u.org_id = e.org_id and u.id = e.actor_id
            where e.org_id = $3 and e.type = 'session_recorded' and ${NOTE_VECTOR} @@ meedoen_dutch_query($1)
              -- only clients the caller has any relation with are candidates; core decides below
              and (exists (select 1 from care_team_members m where m.client_id = t.client_id and m.user_id = $2)
                   or exists (select 1 from consent_grants g where g.client_id = t.client_id and g.grantee_user_id = $2)
                   or exists (select 1 from users s where s.id = $2 and s.client_id = t.client_id)
                   or exists (select 1 from client_representatives r where r.client_id = t.client_id and r.user_id = $2))
            order by e.data #>> '{session,date}' desc, e.at desc
            limit ${SEARCH_LIMIT}`,
          [q, auth.userId, auth.orgId],
        );
        const readable = await readableClients(
          tx,
          auth.orgId,
          auth.userId,
          rows.map((r) => r.client_id),
          'treatment',
          today,
        );
        const items = rows
          .filter((r) => readable.has(r.client_id))
          .map((r) => ({
            clientId: r.client_id,
            clientName: r.client_name,
            trajectoryId: r.trajectory_id,
            id: `${r.trajectory_id}:${r.seq}`,
            date: r.date,
            authorName: r.author,
            activities: r.activities ?? '',
            observations: r.observations ?? '',
            sessionEvaluation: r.evaluation ?? '',
          }));
        await auditListed(tx, request, auth, 'notes.search', readable, 'session_note');
        return { items };
      });
    },
  );
}
