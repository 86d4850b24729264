import {
  administrationToFhir,
  correctAdministration,
  checkOccasion,
  instrumentForUse,
  PROBLEMS,
  scoreAnswers,
  validateNewAdministration,
  type AdministrationVersion,
  type CorrectionInput,
  type NewAdministration,
  type ProblemCode,
} from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import type { ClientAccess } from '../access/client-access.js';
import { withClientAccess } from '../access/client-access.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError, throwIfViolations } from '../errors/problem.js';
import { TrajectoryParams } from '../treatment/trajectory-schemas.js';
import { loadMeasurementFacts, progressOf } from './measurement-service.js';
import {
  AdministrationBody,
  AdministrationParams,
  AdministrationViewSchema,
  CorrectionBody,
  OccasionFormSchema,
  OccasionSchema,
  OpenObject,
} from './measurement-schemas.js';
import { occasionForm } from './occasion-forms.js';
import { insertVersion, loadAdministration, loadSetups, type StoredVersion } from './measurement-store.js';
import { loadTrajectory } from '../treatment/trajectory-store.js';

/** The client themself or their representative (the portal), as opposed to a professional. */
const isOwn = (access: ClientAccess) => access.decision.basis === 'self' || access.decision.basis === 'representative';

const refused = (code: ProblemCode, path: string) =>
  new ProblemError(code, { errors: [{ path, message: PROBLEMS[code].en, code }] });

/** Typed by its response schema, so a field the schema lacks (and the serialiser would drop) fails to compile. */
const presentVersion = (v: StoredVersion): Static<typeof AdministrationViewSchema> => ({
  id: v.id,
  administrationId: v.administrationId,
  version: v.version,
  instrumentId: v.instrumentId,
  occasionId: v.occasionId,
  moment: v.moment,
  sessionId: v.sessionId,
  sessionNumber: v.sessionNumber,
  respondent: v.respondent,
  mode: v.mode,
  answers: v.answers,
  scores: v.scores,
  administeredOn: v.administeredOn,
  recordedAt: v.recordedAt,
  recordedBy: v.recordedBy,
  recordedByName: v.recordedByName,
  correctionReason: v.correctionReason,
  filledTogether: v.filledTogether,
});

/** Administrations of instruments in a trajectory: schedule, scores, alerts, charts, corrections, FHIR export. */
export function registerMeasurementRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/clients/:clientId/trajectories/:trajectoryId/measurements',
    {
      config: {
        access: { kind: 'client', category: 'measurements', action: 'read', audit: 'R', event: 'measurement.list' },
      },
      schema: {
        tags: ['measurement'],
        summary:
          'The measurement schedule of a trajectory (done, due, upcoming, missed), the current score of each administration, charts with cut-off and expected band, alerts and notices',
        params: TrajectoryParams,
        querystring: Type.Object({ lang: Type.Optional(Type.Enum(['nl', 'en'])) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            schedule: Type.Array(OccasionSchema),
            administrations: Type.Array(AdministrationViewSchema),
            progress: Type.Array(OpenObject, { description: 'core’s InstrumentProgress: chart, alerts and notices' }),
            forms: Type.Array(OccasionFormSchema, {
              description: 'the form of each due or missed occasion, for paper entry and for filling in together',
            }),
          }),
          ...problemResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const { clientId, trajectoryId } = request.params as { clientId: string; trajectoryId: string };
      const { lang = 'nl' } = request.query as { lang?: 'nl' | 'en' };
      return withClientAccess(
        db,
        request,
        clientId,
        async (tx, access) => {
          const facts = await loadMeasurementFacts(tx, access.orgId, clientId, trajectoryId, access.today);
          return {
            schedule: facts.schedule,
            administrations: facts.current.map(presentVersion),
            progress: await progressOf(tx, facts, clientId, access.today),
            forms: facts.schedule
              .filter((o) => o.status === 'due' || o.status === 'missed')
              .map((o) => occasionForm(facts, o, lang, access.today)),
          };
        },
        { objectType: 'trajectory', objectId: trajectoryId },
      );
    },
  );

  app.post(
    '/api/v1/clients/:clientId/trajectories/:trajectoryId/measurements',
    {
      config: {
        access: { kind: 'client', category: 'measurements', action: 'write', audit: 'C', event: 'measurement.administer' },
      },
      schema: {
        tags: ['measurement'],
        summary:
          'Record an administration: the client fills in for their own trajectory (portal, today), or a therapist enters a paper score or fills in with the client on screen',
        params: TrajectoryParams,
        body: AdministrationBody,
        response: { 201: OpenObject, ...problemResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { clientId, trajectoryId } = request.params as { clientId: string; trajectoryId: string };
      const body = request.body as Omit<NewAdministration, 'administeredOn'> & { administeredOn?: string };
      const created = await withClientAccess(db, request, clientId, async (tx, access) => {
        const facts = await loadMeasurementFacts(tx, access.orgId, clientId, trajectoryId, access.today);
        let administeredOn = body.administeredOn ?? access.today;
        if (isOwn(access)) {
          // The portal: the person fills in themselves, on screen, today; a parent as parent (design §2).
          const own = access.decision.basis === 'self' ? 'client' : 'parent';
          if (body.respondent !== own) throw refused('measurement.respondent_not_allowed', '/body/respondent');
          if (body.mode !== 'digital') throw refused('measurement.respondent_not_allowed', '/body/mode');
          if (body.administeredOn !== undefined && body.administeredOn !== access.today)
            throw refused('request.invalid', '/body/administeredOn');
          administeredOn = access.today;
          const occasion = facts.schedule.find(
            (o) => o.occasionId === body.occasionId && o.instrumentId === body.instrumentId && o.respondent === own,
          );
          if (occasion && occasion.status !== 'due' && occasion.status !== 'done')
            throw refused('measurement.occasion_unknown', '/body/occasionId');
        } else if (administeredOn > access.today) {
          throw refused('request.invalid', '/body/administeredOn');
        }
        const setup = facts.setups.get(body.instrumentId) ?? null;
        const instrument = instrumentForUse(body.instrumentId, setup, facts.trajectory.goals);
        const input: NewAdministration = { ...body, administeredOn };
        const checked = validateNewAdministration(instrument, input, {
          clientBirthDate: facts.birthDate,
          setup,
          settings: facts.settings,
        });
        throwIfViolations([...checked.violations, ...checkOccasion(input, facts.schedule, facts.current)]);
        const occasion = facts.schedule.find((o) => o.occasionId === body.occasionId && o.instrumentId === body.instrumentId);
        const id = crypto.randomUUID();
        const version: AdministrationVersion & { sessionNumber: number | null } = {
          id,
          administrationId: id,
          version: 1,
          instrumentId: body.instrumentId,
          clientId,
          trajectoryId,
          occasionId: body.occasionId,
          moment: body.moment,
          sessionId: body.sessionId,
          sessionNumber: occasion?.sessionNumber ?? null,
          respondent: body.respondent,
          mode: body.mode,
          answers: checked.answers,
          administeredOn,
          recordedAt: new Date().toISOString(),
          recordedBy: access.userId,
          correctionReason: null,
        };
        const scores = checked.answers === null ? null : scoreAnswers(instrument, checked.answers);
        // "Samen invullen": a professional fills in the person's own questionnaire on screen with them (issue 13).
        const filledTogether = !isOwn(access) && body.mode === 'digital' && body.respondent !== 'therapist';
        await insertVersion(
          tx,
          access.orgId,
          version,
          scores,
          body.mode === 'digital' ? (setup?.contentId ?? null) : null,
          filledTogether,
        );
        access.auditObject('measurement', id);
        return { ...version, scores, filledTogether };
      });
      return reply.code(201).send(created);
    },
  );

  app.post(
    '/api/v1/clients/:clientId/measurements/:administrationId/corrections',
    {
      config: {
        access: { kind: 'client', category: 'measurements', action: 'write', audit: 'U', event: 'measurement.correct' },
      },
      schema: {
        tags: ['measurement'],
        summary:
          'Correct a score: a new version with who and why (the old one stays); only a professional corrects, against the version they saw',
        params: AdministrationParams,
        body: CorrectionBody,
        response: { 201: OpenObject, ...problemResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { clientId, administrationId } = request.params as { clientId: string; administrationId: string };
      const body = request.body as CorrectionInput;
      const created = await withClientAccess(
        db,
        request,
        clientId,
        async (tx, access) => {
          const versions = await loadAdministration(tx, administrationId, clientId);
          const first = versions[0];
          if (!first) throw new ProblemError('resource.not_found');
          // The client asks the therapist to correct (design §2): the portal records, it does not rewrite.
          if (isOwn(access)) throw new ProblemError('access.forbidden');
          const stored = await loadTrajectory(tx, access.orgId, clientId, first.trajectoryId);
          const setup = (await loadSetups(tx, access.orgId)).get(first.instrumentId) ?? null;
          const instrument = instrumentForUse(first.instrumentId, setup, stored?.trajectory.goals ?? []);
          const result = correctAdministration(instrument, versions, body, {
            id: crypto.randomUUID(),
            recordedBy: access.userId,
            recordedAt: new Date().toISOString(),
          });
          if (!result.version) {
            throwIfViolations(result.violations);
            throw new ProblemError('request.invalid');
          }
          const next = { ...result.version, sessionNumber: first.sessionNumber };
          const scores = next.answers === null ? null : scoreAnswers(instrument, next.answers);
          await insertVersion(tx, access.orgId, next, scores, null);
          return { ...next, scores };
        },
        { objectType: 'measurement', objectId: administrationId },
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/v1/clients/:clientId/measurements/:administrationId/versions',
    {
      config: {
        access: { kind: 'client', category: 'measurements', action: 'read', audit: 'R', event: 'measurement.versions' },
      },
      schema: {
        tags: ['measurement'],
        summary: 'Every version of one administration, with who recorded it, when and why it was corrected',
        params: AdministrationParams,
        response: { 200: Type.Object({ versions: Type.Array(AdministrationViewSchema) }), ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const { clientId, administrationId } = request.params as { clientId: string; administrationId: string };
      return withClientAccess(
        db,
        request,
        clientId,
        async (tx) => {
          const versions = await loadAdministration(tx, administrationId, clientId);
          if (versions.length === 0) throw new ProblemError('resource.not_found');
          return { versions: versions.map(presentVersion) };
        },
        { objectType: 'measurement', objectId: administrationId },
      );
    },
  );

  app.get(
    '/api/v1/clients/:clientId/measurements/:administrationId/fhir',
    {
      config: {
        access: { kind: 'client', category: 'measurements', action: 'read', audit: 'E', event: 'measurement.fhir_export' },
      },
      schema: {
        tags: ['measurement'],
        summary: 'The current version of an administration as FHIR R4 QuestionnaireResponse and Observations (an export)',
        params: AdministrationParams,
        response: {
          200: Type.Object({ questionnaireResponse: OpenObject, observations: Type.Array(OpenObject) }),
          ...problemResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const { clientId, administrationId } = request.params as { clientId: string; administrationId: string };
      return withClientAccess(
        db,
        request,
        clientId,
        async (tx, access) => {
          const versions = await loadAdministration(tx, administrationId, clientId);
          const current = versions.at(-1);
          if (!current) throw new ProblemError('resource.not_found');
          const stored = await loadTrajectory(tx, access.orgId, clientId, current.trajectoryId);
          const setup = (await loadSetups(tx, access.orgId)).get(current.instrumentId) ?? null;
          const instrument = instrumentForUse(current.instrumentId, setup, stored?.trajectory.goals ?? []);
          const author =
            current.respondent === 'client'
              ? `Patient/${clientId}`
              : current.respondent === 'parent'
                ? `RelatedPerson/${current.recordedBy}`
                : `Practitioner/${current.recordedBy}`;
          return administrationToFhir(instrument, current, current.scores, {
            patient: `Patient/${clientId}`,
            encounter: current.sessionId ? `Encounter/${current.sessionId}` : null,
            author,
            source: current.mode === 'paper' ? `Practitioner/${current.recordedBy}` : author,
          });
        },
        { objectType: 'measurement', objectId: administrationId },
      );
    },
  );
}
