import {
  checkAdministrationAllowed,
  licenceExpiryWarnings,
  checkEnable,
  hasOrgPermission,
  INSTRUMENT_IDS,
  INSTRUMENTS,
  isoDateIn,
  measurementSettings,
  validateLicenceRecord,
  validateLicensedContent,
  validateMeasurementSettings,
  type InstrumentId,
  type LicenceRecord,
  type LicensedContent,
  type MeasurementSettingsInput,
} from '@meedoen/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { requireFullAuth } from '../access/route-access.js';
import { auditActor } from '../access/audit-context.js';
import { appendAudit, type AuditAction } from '../access/audit-log.js';
import type { Database, Queryable } from '../db/database.js';
import { requireIfMatch } from '../daginvulling/offer-routes.js';
import { problemResponses, ProblemError, throwIfViolations } from '../errors/problem.js';
import { ContentBody, InstrumentIdSchema, LicenceBody, OpenObject, SetupBody } from './measurement-schemas.js';
import { findContent, findLicence, listContents, listLicences, loadSettings, loadSetups } from './measurement-store.js';

const pathError = (code: 'measurement.licence_required' | 'measurement.content_not_applicable', path: string) =>
  new ProblemError(code, { errors: [{ path, message: code, code }] });

/** A change of the organisation's measurement setup is audited with who did it (no client involved). */
async function auditOrganisationChange(
  tx: Queryable,
  request: FastifyRequest,
  change: { event: string; action: AuditAction; objectType: string; objectId: string; reason: string | null },
) {
  const auth = requireFullAuth(request);
  await appendAudit(tx, auth.orgId, {
    ...change,
    outcome: 'success',
    clientId: null,
    ...auditActor(request, auth),
    role: auth.roles.join(','),
    basis: null,
    breakGlass: false,
  });
}

/** Every instrument with what it needs and what the organisation has set up (no licensed wording). */
async function instrumentList(tx: Queryable, orgId: string, today: string, withLicences: boolean) {
  const setups = await loadSetups(tx, orgId);
  const licences = withLicences ? await listLicences(tx) : [];
  const contents = withLicences ? await listContents(tx) : [];
  // The beheerder sees licences that end within the configured days (or have ended) before administering stops.
  const licenceWarnings = withLicences
    ? licenceExpiryWarnings(setups.values(), today, (await loadSettings(tx, orgId)).settings.licenceWarningDays)
    : [];
  return {
    instruments: INSTRUMENT_IDS.map((id) => {
      const instrument = INSTRUMENTS[id];
      const setup = setups.get(id) ?? null;
      const problems = (mode: 'paper' | 'digital') =>
        checkAdministrationAllowed(instrument, setup, { mode, date: today }).map((v) => v.code);
      return {
        id,
        abbreviation: instrument.abbreviation,
        name: instrument.name,
        purpose: instrument.purpose,
        respondents: instrument.respondents,
        moments: instrument.moments,
        ages: instrument.ages,
        licence: instrument.licence,
        content: instrument.content,
        items: instrument.items.map((i) => ({ id: i.id, answer: i.answer, required: i.required })),
        setup: setup
          ? {
              enabled: setup.enabled,
              licenceId: setup.licenceId,
              contentId: setup.contentId,
              version: setup.version,
              licenceValidUntil: setup.licence?.validUntil ?? null,
              digitalUse: setup.licence?.digitalUse ?? null,
              contentEdition: setup.content?.edition ?? null,
            }
          : null,
        usable: { paper: problems('paper'), digital: problems('digital') },
      };
    }),
    licences,
    contents: contents.map(({ languages: _omit, ...c }) => c),
    licenceWarnings,
  };
}

/** The organisation's instruments: licences, loaded content, enabling, and its measurement settings (beheerder). */
export function registerInstrumentRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/instruments',
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['measurement'],
        summary:
          'The instruments (definitions without licensed wording), the organisation’s setup of each and whether it can be used on paper and on screen today (problem codes when not); licences for the beheerder',
        response: {
          200: Type.Object({
            instruments: Type.Array(OpenObject),
            licences: Type.Array(OpenObject),
            contents: Type.Array(OpenObject),
            licenceWarnings: Type.Array(OpenObject, {
              description: 'for the beheerder: enabled instruments whose licence ends within the configured days or has ended',
            }),
          }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const today = isoDateIn(new Date());
      return db.withOrg(auth.orgId, (tx) =>
        instrumentList(tx, auth.orgId, today, hasOrgPermission(auth.roles, 'organisation.manage')),
      );
    },
  );

  app.post(
    '/api/v1/organisation/instrument-licences',
    {
      config: { access: { kind: 'permission', permission: 'organisation.manage' } },
      schema: {
        tags: ['measurement'],
        summary:
          'Record the organisation’s licence for an instrument (REFERENCE.md §1.6): holder, reference, period, digital use',
        body: LicenceBody,
        response: { 201: OpenObject, ...problemResponses(401, 403, 422) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const body = request.body as LicenceRecord;
      throwIfViolations(validateLicenceRecord(body));
      const licence = await db.withOrg(auth.orgId, async (tx) => {
        const [row] = await tx.query<{ id: string }>(
          `insert into instrument_licences (org_id, instrument_id, holder, reference, valid_from, valid_until, digital_use, recorded_by)
           values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
          [
            auth.orgId,
            body.instrumentId,
            body.holder.trim(),
            body.reference.trim(),
            body.validFrom,
            body.validUntil,
            body.digitalUse,
            auth.userId,
          ],
        );
        const id = (row as { id: string }).id;
        await auditOrganisationChange(tx, request, {
          event: 'measurement.licence_recorded',
          action: 'C',
          objectType: 'instrument_licence',
          objectId: id,
          reason: body.instrumentId,
        });
        return findLicence(tx, id);
      });
      return reply.code(201).send(licence);
    },
  );

  app.post(
    '/api/v1/organisation/instrument-contents',
    {
      config: { access: { kind: 'permission', permission: 'organisation.manage' } },
      schema: {
        tags: ['measurement'],
        summary:
          'Load the licensed wording (and where needed the scoring key) of an instrument; every error is listed with its path',
        body: ContentBody,
        response: { 201: OpenObject, ...problemResponses(401, 403, 422) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const body = request.body as LicensedContent;
      throwIfViolations(validateLicensedContent(INSTRUMENTS[body.instrumentId], body));
      const content = await db.withOrg(auth.orgId, async (tx) => {
        const [row] = await tx.query<{ id: string }>(
          `insert into instrument_contents (org_id, instrument_id, edition, copyright, languages, scoring_key, loaded_by)
           values ($1, $2, $3, $4, $5, $6, $7) returning id`,
          [
            auth.orgId,
            body.instrumentId,
            body.edition.trim(),
            body.copyright,
            JSON.stringify(body.languages),
            body.scoringKey === null ? null : JSON.stringify(body.scoringKey),
            auth.userId,
          ],
        );
        const id = (row as { id: string }).id;
        await auditOrganisationChange(tx, request, {
          event: 'measurement.content_loaded',
          action: 'C',
          objectType: 'instrument_content',
          objectId: id,
          reason: body.instrumentId,
        });
        const loaded = await findContent(tx, id);
        return loaded ? { ...loaded, languages: Object.keys(loaded.languages) } : null;
      });
      return reply.code(201).send(content);
    },
  );

  app.put(
    '/api/v1/organisation/instruments/:instrumentId',
    {
      config: { access: { kind: 'permission', permission: 'organisation.manage' } },
      schema: {
        tags: ['measurement'],
        summary:
          'Switch an instrument on or off with its licence and content (If-Match: the setup version you saw, "0" for a first setup); a licensed instrument only with a valid licence',
        params: Type.Object({ instrumentId: InstrumentIdSchema }),
        headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }),
        body: SetupBody,
        response: { 200: OpenObject, ...problemResponses(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const expected = requireIfMatch(request);
      const { instrumentId } = request.params as { instrumentId: InstrumentId };
      const body = request.body as { enabled: boolean; licenceId: string | null; contentId: string | null };
      const today = isoDateIn(new Date());
      const instrument = INSTRUMENTS[instrumentId];
      const setup = await db.withOrg(auth.orgId, async (tx) => {
        const licence = body.licenceId ? await findLicence(tx, body.licenceId) : null;
        if (body.licenceId && licence?.instrumentId !== instrumentId)
          throw pathError('measurement.licence_required', '/body/licenceId');
        const content = body.contentId ? await findContent(tx, body.contentId) : null;
        if (body.contentId && content?.instrumentId !== instrumentId)
          throw pathError('measurement.content_not_applicable', '/body/contentId');
        if (body.enabled) throwIfViolations(checkEnable(instrument, licence, today));
        const written =
          expected === 0
            ? await tx.query(
                `insert into instrument_setups (org_id, instrument_id, enabled, licence_id, content_id, version, changed_by)
                 values ($1, $2, $3, $4, $5, 1, $6) on conflict do nothing returning version`,
                [auth.orgId, instrumentId, body.enabled, body.licenceId, body.contentId, auth.userId],
              )
            : await tx.query(
                `update instrument_setups set enabled = $2, licence_id = $3, content_id = $4, version = version + 1,
                        changed_by = $5, changed_at = now()
                  where instrument_id = $1 and version = $6 returning version`,
                [instrumentId, body.enabled, body.licenceId, body.contentId, auth.userId, expected],
              );
        if (written.length === 0) throw new ProblemError('resource.version_conflict');
        await auditOrganisationChange(tx, request, {
          event: 'measurement.instrument_setup',
          action: 'U',
          objectType: 'instrument_setup',
          objectId: auth.orgId,
          reason: `${instrumentId} ${body.enabled ? 'on' : 'off'}`,
        });
        return (await instrumentList(tx, auth.orgId, today, true)).instruments.find((i) => i.id === instrumentId);
      });
      return reply.header('etag', `"${setup?.setup?.version ?? 0}"`).send(setup);
    },
  );

  app.get(
    '/api/v1/organisation/measurement-settings',
    {
      config: { access: { kind: 'permission', permission: 'organisation.manage' } },
      schema: {
        tags: ['measurement'],
        summary:
          'The organisation’s measurement settings: its overrides, the effective values (defaults filled in) and the version',
        response: {
          200: Type.Object({ overrides: OpenObject, effective: OpenObject, version: Type.Integer() }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const loaded = await db.withOrg(auth.orgId, (tx) => loadSettings(tx, auth.orgId));
      return reply
        .header('etag', `"${loaded.version}"`)
        .send({ overrides: loaded.input, effective: loaded.settings, version: loaded.version });
    },
  );

  app.put(
    '/api/v1/organisation/measurement-settings',
    {
      config: { access: { kind: 'permission', permission: 'organisation.manage' } },
      schema: {
        tags: ['measurement'],
        summary:
          'Replace the organisation’s overrides of the measurement settings (cut-offs, reliable change, ages, off-track rules, cell size, licence warning days); If-Match',
        headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }),
        body: Type.Object(
          {
            instruments: Type.Optional(Type.Record(InstrumentIdSchema, OpenObject)),
            ages: Type.Optional(
              Type.Object(
                { childFrom: Type.Optional(Type.Integer()), youthFrom: Type.Optional(Type.Integer()) },
                { additionalProperties: false },
              ),
            ),
            earlyAllianceSession: Type.Optional(Type.Integer()),
            offTrack: Type.Optional(
              Type.Object(
                {
                  lowerPercentile: Type.Optional(Type.Number()),
                  upperPercentile: Type.Optional(Type.Number()),
                  noImprovementAfterSessions: Type.Optional(Type.Integer()),
                  srsItemBelow: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
                },
                { additionalProperties: false },
              ),
            ),
            reference: Type.Optional(Type.Object({ minPersons: Type.Optional(Type.Integer()) }, { additionalProperties: false })),
            outcomeView: Type.Optional(
              Type.Object({ minCellSize: Type.Optional(Type.Integer()) }, { additionalProperties: false }),
            ),
            licenceWarningDays: Type.Optional(Type.Integer()),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ version: Type.Integer() }), ...problemResponses(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const expected = requireIfMatch(request);
      const input = request.body as MeasurementSettingsInput;
      throwIfViolations(validateMeasurementSettings(measurementSettings(input)));
      const version = await db.withOrg(auth.orgId, async (tx) => {
        const written = await tx.query<{ version: number }>(
          `insert into measurement_settings (org_id, settings, version, changed_by) values ($1, $2, 1, $3)
           on conflict (org_id) do update set settings = excluded.settings, version = measurement_settings.version + 1,
             changed_by = excluded.changed_by, changed_at = now()
             where measurement_settings.version = $4 returning version`,
          [auth.orgId, JSON.stringify(input), auth.userId, expected],
        );
        // A first save must say "0": nobody's settings are overwritten unseen.
        const [row] = written;
        if (!row || (row.version === 1 && expected !== 0)) throw new ProblemError('resource.version_conflict');
        await auditOrganisationChange(tx, request, {
          event: 'measurement.settings',
          action: 'U',
          objectType: 'measurement_settings',
          objectId: auth.orgId,
          reason: null,
        });
        return row.version;
      });
      return reply.header('etag', `"${version}"`).send({ version });
    },
  );
}
