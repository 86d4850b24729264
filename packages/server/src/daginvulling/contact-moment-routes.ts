import {
  checkContactMoment,
  CONTACT_MOMENT_CHANNELS,
  CONTACT_MOMENT_KINDS,
  CONTACT_MOMENT_LIMITS,
  decideClientRequest,
  isOpen,
  mayRecordContactMoments,
  type ContactMomentInput,
} from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { withClientAccess, type ClientAccess } from '../access/client-access.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError, throwIfViolations } from '../errors/problem.js';
import { ClientIdParams } from '../people/client-schemas.js';
import {
  authorOf,
  correctContactMoment,
  insertContactMoment,
  listContactMomentVersions,
  listContactMoments,
  loadContactMoment,
  type ValidContactMoment,
} from './contact-moment-store.js';
import { requireIfMatch } from './offer-routes.js';

const MomentParams = Type.Object({ clientId: Type.String({ format: 'uuid' }), momentId: Type.String({ format: 'uuid' }) });

/** What the job coach writes; kind and channel are sent as null when not chosen, so nothing is ever pre-selected. */
const ContactMomentBody = Type.Object(
  {
    date: Type.String({ format: 'date' }),
    minutes: Type.Integer({ description: `${CONTACT_MOMENT_LIMITS.minMinutes}..${CONTACT_MOMENT_LIMITS.maxMinutes}` }),
    kind: Type.Union([Type.Enum([...CONTACT_MOMENT_KINDS]), Type.Null()]),
    channel: Type.Union([Type.Enum([...CONTACT_MOMENT_CHANNELS]), Type.Null()]),
    place: Type.Optional(Type.String({ maxLength: CONTACT_MOMENT_LIMITS.placeMaxLength })),
    report: Type.String({ maxLength: CONTACT_MOMENT_LIMITS.reportMaxLength }),
    nextStep: Type.Optional(Type.String({ maxLength: CONTACT_MOMENT_LIMITS.nextStepMaxLength })),
    nextAppointment: Type.Optional(Type.Union([Type.String({ format: 'date' }), Type.Null()])),
  },
  { additionalProperties: false },
);

/** What one version of a moment says: the same in the moment as it is now and in each earlier version. */
const contentFields = {
  date: Type.String({ format: 'date' }),
  minutes: Type.Integer(),
  kind: Type.Enum([...CONTACT_MOMENT_KINDS]),
  channel: Type.Enum([...CONTACT_MOMENT_CHANNELS]),
  place: Type.String(),
  report: Type.String(),
  nextStep: Type.String(),
  nextAppointment: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
};

const ContactMomentView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  version: Type.Integer({ description: 'send as If-Match to correct it' }),
  ...contentFields,
  recordedByName: Type.String(),
  recordedByMe: Type.Boolean({ description: 'the caller wrote it (and so may correct it)' }),
  recordedAt: Type.String({ format: 'date-time' }),
  correctedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  correctedByName: Type.Union([Type.String(), Type.Null()], {
    description: 'who wrote the current version when it is a correction; the earlier versions are at …/versions',
  }),
});

const ContactMomentVersion = Type.Object({
  version: Type.Integer(),
  ...contentFields,
  writtenByName: Type.String(),
  writtenAt: Type.String({ format: 'date-time' }),
});

type Body = Omit<ContactMomentInput, 'place' | 'nextStep' | 'nextAppointment'> & {
  place?: string;
  nextStep?: string;
  nextAppointment?: string | null;
};

/** The body checked by core's rules (422 with the field path), as it will be stored. */
function validMoment(body: Body, today: string): ValidContactMoment {
  const input: ContactMomentInput = {
    ...body,
    place: body.place?.trim() ?? '',
    report: body.report.trim(),
    nextStep: body.nextStep?.trim() ?? '',
    nextAppointment: body.nextAppointment ?? null,
  };
  throwIfViolations(checkContactMoment(input, today));
  return input as ValidContactMoment;
}

/** A contact moment is written by a job coach or activity supervisor, on top of the category's write access. */
function requireRecorder(access: ClientAccess): void {
  if (!mayRecordContactMoments(access.facts.roles)) throw new ProblemError('contact_moment.recorder_role_not_allowed');
}

/**
 * A job coach's one-to-one contact moments (issue 14; 003 L1677-1684, L3254-3257). They belong to the person's
 * day activities and participation (category `day_activities`): they are about finding and keeping a place, not
 * treatment. A party outside the team sees and writes them only where the person shared their contact moments with
 * their kind of party (003 L1912-1915: `contactMoments`), the one access mechanism refuses with access.not_disclosed.
 */
export function registerContactMomentRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/clients/:clientId/contact-moments',
    {
      config: {
        access: {
          kind: 'client',
          category: 'day_activities',
          action: 'read',
          audit: 'R',
          event: 'contact_moment.list',
          disclosure: { kind: 'whole', parts: ['contactMoments'] },
        },
      },
      schema: {
        tags: ['daginvulling'],
        summary: 'The person’s contact moments with their job coach, newest first; whether the caller may record one',
        params: ClientIdParams,
        response: {
          200: Type.Object({
            items: Type.Array(ContactMomentView),
            canRecord: Type.Boolean({ description: 'the caller may record a contact moment for this person' }),
          }),
          ...problemResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      return withClientAccess(db, request, clientId, async (tx, access) => ({
        items: await listContactMoments(tx, clientId, access.userId),
        canRecord:
          decideClientRequest(access.facts, 'day_activities', 'write', true).allowed &&
          isOpen(access.disclosure, 'contactMoments') &&
          mayRecordContactMoments(access.facts.roles),
      }));
    },
  );

  app.get(
    '/api/v1/clients/:clientId/contact-moments/:momentId/versions',
    {
      config: {
        access: {
          kind: 'client',
          category: 'day_activities',
          action: 'read',
          audit: 'R',
          event: 'contact_moment.versions',
          disclosure: { kind: 'whole', parts: ['contactMoments'] },
        },
      },
      schema: {
        tags: ['daginvulling'],
        summary:
          'Every version of a contact moment, newest first (the first is the current text): a correction keeps what was written before readable, with who wrote each version and when',
        params: MomentParams,
        response: { 200: Type.Object({ items: Type.Array(ContactMomentVersion) }), ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const { clientId, momentId } = request.params as { clientId: string; momentId: string };
      return withClientAccess(
        db,
        request,
        clientId,
        async (tx, access) => {
          const items = await listContactMomentVersions(tx, access.orgId, clientId, momentId);
          if (items.length === 0) throw new ProblemError('resource.not_found');
          return { items };
        },
        { objectType: 'contact_moment', objectId: momentId },
      );
    },
  );

  app.post(
    '/api/v1/clients/:clientId/contact-moments',
    {
      config: {
        access: {
          kind: 'client',
          category: 'day_activities',
          action: 'write',
          audit: 'C',
          event: 'contact_moment.create',
          // 003 L1912-1915: a job coach outside the team records only where the person shared their contact moments.
          disclosure: { kind: 'whole', parts: ['contactMoments'] },
        },
      },
      schema: {
        tags: ['daginvulling'],
        summary:
          'Record a contact moment (date, minutes, kind, how, where, a short report, the next step and appointment); 422 with the field path when a rule blocks',
        params: ClientIdParams,
        body: ContactMomentBody,
        response: { 201: ContactMomentView, ...problemResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params as { clientId: string };
      const moment = await withClientAccess(db, request, clientId, async (tx, access) => {
        requireRecorder(access);
        const valid = validMoment(request.body as Body, access.today);
        const id = await insertContactMoment(tx, access.orgId, clientId, access.userId, valid);
        access.auditObject('contact_moment', id);
        return loadContactMoment(tx, clientId, id, access.userId);
      });
      return reply
        .code(201)
        .header('etag', `"${moment?.version ?? 1}"`)
        .send(moment);
    },
  );

  app.put(
    '/api/v1/clients/:clientId/contact-moments/:momentId',
    {
      config: {
        access: {
          kind: 'client',
          category: 'day_activities',
          action: 'write',
          audit: 'U',
          event: 'contact_moment.correct',
          disclosure: { kind: 'whole', parts: ['contactMoments'] },
        },
      },
      schema: {
        tags: ['daginvulling'],
        summary:
          'Correct one’s own contact moment (If-Match with the version you saw: 409 if it changed meanwhile); every version is kept',
        params: MomentParams,
        body: ContactMomentBody,
        response: { 200: ContactMomentView, ...problemResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { clientId, momentId } = request.params as { clientId: string; momentId: string };
      const seen = requireIfMatch(request);
      const moment = await withClientAccess(
        db,
        request,
        clientId,
        async (tx, access) => {
          requireRecorder(access);
          const author = await authorOf(tx, clientId, momentId);
          if (author === null) throw new ProblemError('resource.not_found');
          // A report is the author's account of a contact: others add their own, they do not rewrite this one.
          if (author !== access.userId) throw new ProblemError('contact_moment.not_author');
          const valid = validMoment(request.body as Body, access.today);
          if (!(await correctContactMoment(tx, access.orgId, clientId, momentId, seen, access.userId, valid)))
            throw new ProblemError('resource.version_conflict');
          return loadContactMoment(tx, clientId, momentId, access.userId);
        },
        { objectType: 'contact_moment', objectId: momentId },
      );
      return reply.header('etag', `"${moment?.version ?? seen + 1}"`).send(moment);
    },
  );
}
