import {
  dueMeasurements,
  FINAL_STATES,
  INSTRUMENTS,
  isoDateIn,
  outcomeView,
  progressInWords,
  type Discipline,
  type InstrumentId,
  type OutcomeEpisode,
} from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { auditActor } from '../access/audit-context.js';
import { appendAudit } from '../access/audit-log.js';
import { withClientAccess } from '../access/client-access.js';
import { requireFullAuth } from '../access/route-access.js';
import type { Database } from '../db/database.js';
import { problemResponses } from '../errors/problem.js';
import { ClientIdParams } from '../people/client-schemas.js';
import { loadMeasurementFacts, progressOf, scorePoints } from './measurement-service.js';
import { OpenObject } from './measurement-schemas.js';
import { occasionForm } from './occasion-forms.js';
import { loadSettings } from './measurement-store.js';

/** Across trajectories: the therapist's work list, the client's portal, the organisation's outcome view. */
export function registerMeasurementOverviewRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/worklist/measurements',
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['measurement'],
        summary: 'My work list: due measurements and alerts over the trajectories I treat (on the care team), without answers',
        response: { 200: Type.Object({ items: Type.Array(OpenObject) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const today = isoDateIn(new Date());
      return db.withOrg(auth.orgId, async (tx) => {
        const rows = await tx.query<{ id: string; client_id: string; client_name: string }>(
          `select t.id, t.client_id, c.given_name || ' ' || c.family_name as client_name
             from trajectories t join clients c on c.id = t.client_id
            where (t.therapist_id = $1 or t.regiebehandelaar_id = $1)
              and t.state in ('intake', 'in_behandeling', 'evaluatie')
              and exists (select 1 from care_team_members m where m.client_id = t.client_id and m.user_id = $1
                            and m.valid_from <= $2::date and (m.valid_until is null or m.valid_until >= $2::date))
            order by c.family_name, c.given_name`,
          [auth.userId, today],
        );
        const items = [];
        for (const row of rows) {
          const facts = await loadMeasurementFacts(tx, auth.orgId, row.client_id, row.id, today);
          const progress = await progressOf(tx, facts, row.client_id, today);
          const due = dueMeasurements(facts.schedule);
          const alerts = progress.flatMap((p) => p.alerts).map(({ items: _items, ...alert }) => alert);
          if (due.length === 0 && alerts.length === 0) continue;
          items.push({ trajectoryId: row.id, clientId: row.client_id, clientName: row.client_name, due, alerts });
          // Each client shown is an access to their measurements (NEN 7513), as the caseload does.
          await appendAudit(tx, auth.orgId, {
            event: 'measurement.worklist',
            action: 'R',
            outcome: 'success',
            clientId: row.client_id,
            ...auditActor(request, auth),
            role: auth.roles[0] ?? null,
            basis: 'care_team',
            breakGlass: false,
            reason: null,
            objectType: 'trajectory',
            objectId: row.id,
          });
        }
        return { items };
      });
    },
  );

  app.get(
    '/api/v1/clients/:clientId/measurements/open',
    {
      config: {
        access: { kind: 'client', category: 'measurements', action: 'read', audit: 'R', event: 'measurement.open' },
      },
      schema: {
        tags: ['measurement'],
        summary:
          'For the client’s portal: the questionnaires open now with the loaded wording in the chosen language (or "on paper" when the licence has no digital use), and progress in plain words',
        params: ClientIdParams,
        querystring: Type.Object({ lang: Type.Optional(Type.Enum(['nl', 'en'])) }, { additionalProperties: false }),
        response: {
          200: Type.Object({ open: Type.Array(OpenObject), progress: Type.Array(OpenObject) }),
          ...problemResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      const { lang = 'nl' } = request.query as { lang?: 'nl' | 'en' };
      return withClientAccess(db, request, clientId, async (tx, access) => {
        const respondent = access.decision.basis === 'representative' ? 'parent' : 'client';
        const trajectories = await tx.query<{ id: string; discipline: string }>(
          `select id, discipline from trajectories where client_id = $1 order by created_at`,
          [clientId],
        );
        const open = [];
        const progress = [];
        for (const t of trajectories) {
          const facts = await loadMeasurementFacts(tx, access.orgId, clientId, t.id, access.today);
          for (const occasion of dueMeasurements(facts.schedule).filter((o) => o.respondent === respondent)) {
            const shown = occasionForm(facts, occasion, lang, access.today);
            open.push({
              trajectoryId: t.id,
              discipline: t.discipline,
              occasion,
              abbreviation: shown.abbreviation,
              purpose: shown.purpose,
              onScreen: shown.onScreen,
              form: shown.onScreen ? shown.form : null,
            });
          }
          if (FINAL_STATES.includes(facts.trajectory.state) && facts.current.length === 0) continue;
          for (const id of [...new Set(facts.current.map((v) => v.instrumentId))].sort() as InstrumentId[]) {
            const instrument = INSTRUMENTS[id];
            if (instrument.purpose !== 'outcome') continue;
            const points = scorePoints(facts.current, id);
            const words = progressInWords(instrument, points, facts.settings);
            if (!words) continue;
            // The client's own line, without cut-off or band labels (design §5).
            progress.push({
              trajectoryId: t.id,
              discipline: t.discipline,
              instrumentId: id,
              abbreviation: instrument.abbreviation,
              range: { min: 0, max: 40 },
              points: points.map(({ session, date, total }) => ({ session, date, total })),
              words: words[lang],
            });
          }
        }
        return { open, progress };
      });
    },
  );

  app.get(
    '/api/v1/organisation/outcomes',
    {
      config: { access: { kind: 'permission', permission: 'organisation.manage' } },
      schema: {
        tags: ['measurement'],
        summary:
          'The outcome view: per discipline or therapist the share of persons with reliable improvement and the mean change, small cells suppressed',
        querystring: Type.Object({ by: Type.Enum(['discipline', 'therapist']) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            cells: Type.Array(OpenObject),
            totals: Type.Array(OpenObject),
            minCellSize: Type.Integer(),
            names: Type.Record(Type.String(), Type.String(), { description: 'by therapist: the therapists’ names by id' }),
          }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { by } = request.query as { by: 'discipline' | 'therapist' };
      return db.withOrg(auth.orgId, async (tx) => {
        const { settings } = await loadSettings(tx, auth.orgId);
        const rows = await tx.query<{
          trajectory_id: string;
          client_id: string;
          instrument_id: string;
          discipline: string;
          therapist_id: string;
          session_number: number;
          administered_on: string;
          score: string | null;
        }>(
          `select * from (
             select distinct on (a.administration_id) a.trajectory_id, a.client_id, a.instrument_id, t.discipline,
                    t.therapist_id, a.session_number, a.administered_on::text as administered_on,
                    (select s ->> 'value' from jsonb_array_elements(a.scores) s where s ->> 'scale' = 'total') as score
               from measurement_administrations a join trajectories t on t.id = a.trajectory_id
              where a.instrument_id in ('ors', 'cors') and a.session_number is not null
              order by a.administration_id, a.version desc) current
            where score is not null
            order by trajectory_id, instrument_id, session_number`,
        );
        const episodes = new Map<string, OutcomeEpisode>();
        for (const row of rows) {
          const key = `${row.trajectory_id}|${row.instrument_id}`;
          const seen = episodes.get(key);
          if (!seen) {
            episodes.set(key, {
              personId: row.client_id,
              instrumentId: row.instrument_id as InstrumentId,
              discipline: row.discipline as Discipline,
              therapistId: row.therapist_id,
              intake: Number(row.score),
              latest: null,
              latestOn: null,
            });
          } else {
            seen.latest = Number(row.score);
            seen.latestOn = row.administered_on;
          }
        }
        const view = outcomeView([...episodes.values()], by, settings);
        const names: Record<string, string> = {};
        if (by === 'therapist') {
          const ids = [...new Set(view.cells.map((c) => c.group))];
          const users = await tx.query<{ id: string; display_name: string }>(
            `select id, display_name from users where org_id = $2 and id = any($1::uuid[])`,
            [ids, auth.orgId],
          );
          for (const u of users) names[u.id] = u.display_name;
        }
        return { ...view, minCellSize: settings.outcomeView.minCellSize, names };
      });
    },
  );
}
