import { checkDeclarationEditable, findingsAsViolations, reopenRejected } from '@meedoen/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { auditActor } from '../access/audit-context.js';
import { appendAudits, type AuditAction } from '../access/audit-log.js';
import { requireFullAuth } from '../access/route-access.js';
import type { Database, Queryable } from '../db/database.js';
import { problemResponses, ProblemError, throwIfViolations } from '../errors/problem.js';
import { requestCorrection } from './declaration-corrections.js';
import { ANSWER_OF, readAnswer, runFile, type Route } from './declaration-files.js';
import type { JobService } from '../jobs/job-service.js';
import { JobSchema } from '../jobs/job-routes.js';
import { BUILDERS, DECLARATION_BUILD, type DeclarationBuildPayload } from './declaration-build-job.js';
import { listRuns, loadLines, type BuiltRun, type RunSummary } from './declaration-store.js';
import { CoreShaped } from './financing-schemas.js';

const Month = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' });
const RunParams = Type.Object({ runId: Type.String({ format: 'uuid' }) });
const LineParams = Type.Object({ lineId: Type.String({ format: 'uuid' }) });
const access = { kind: 'permission', permission: 'declarations.manage' } as const;
const ROUTES = ['iwmo_323', 'pm304', 'wlz'] as const;

/** One audit record per client whose data a declaration step touched (NEN 7513), in one multi-row insert. */
async function auditClients(
  tx: Queryable,
  request: FastifyRequest,
  clientIds: readonly string[],
  event: string,
  action: AuditAction,
  runId: string,
  reason: string | null = null,
) {
  const auth = requireFullAuth(request);
  await appendAudits(
    tx,
    auth.orgId,
    [...new Set(clientIds)].map((clientId) => ({
      event,
      action,
      outcome: 'success' as const,
      clientId,
      ...auditActor(request, auth),
      role: auth.roles[0] ?? null,
      basis: 'organisation',
      breakGlass: false,
      reason,
      objectType: 'declaration_run',
      objectId: runId,
    })),
  );
}

/** A run's lines, with one audit record per client in them: every step that touches the lines says so. */
async function auditedLines(
  tx: Queryable,
  request: FastifyRequest,
  runId: string,
  event: string,
  action: AuditAction,
): Promise<Awaited<ReturnType<typeof loadLines>>> {
  const lines = await loadLines(tx, runId);
  await auditClients(
    tx,
    request,
    lines.map((l) => l.personId),
    event,
    action,
    runId,
  );
  return lines;
}

/** What the screen shows of a line's route detail: cover, eigen risico, receiver — no insured number, birth date or AGBs. */
const SHOWN_DETAIL = ['cover', 'eigenRisico', 'uzovi', 'zorgkantoor', 'homeVisitReason'];
const onScreen = (detail: Record<string, unknown> | null) =>
  detail ? Object.fromEntries(Object.entries(detail).filter(([key]) => SHOWN_DETAIL.includes(key))) : null;

/** Locks a run for a change of status (parallel sends, discards and answers wait for each other). */
async function lockedStatus(tx: Queryable, runId: string): Promise<RunSummary['status']> {
  const [locked] = await tx.query<{ status: RunSummary['status'] }>(
    `select status from declaration_runs where id = $1 for update`,
    [runId],
  );
  if (!locked) throw new ProblemError('resource.not_found');
  return locked.status;
}

async function runOrNotFound(tx: Queryable, runId: string): Promise<RunSummary> {
  const [run] = await listRuns(tx, { id: runId });
  if (!run) throw new ProblemError('resource.not_found');
  return run;
}

/**
 * Monthly declarations (issue 12): build the runs of a route — iWmo 323 per municipality, PM304 (ergotherapie)
 * per insurer, Wlz day activities per zorgkantoor — check them as the receiver would, download the file, send,
 * and read the answer (325, PM305, AW320) back. A sent run never changes.
 */
export function registerDeclarationRoutes(app: FastifyInstance, db: Database, jobs: JobService): void {
  const BuildBody = Type.Object(
    {
      route: Type.Enum([...ROUTES], { description: 'iwmo_323 (gemeente), pm304 (zorgverzekeraar), wlz (zorgkantoor)' }),
      month: Month,
      date: Type.String({ format: 'date', description: 'the declaration day (DeclaratieDagtekening)' }),
    },
    { additionalProperties: false },
  );

  app.post(
    '/api/v1/declarations/runs/jobs',
    {
      config: { access },
      schema: {
        tags: ['financing'],
        summary:
          'Build the month’s draft runs of a route in the background: 202 with the job (GET /api/v1/jobs/{id} shows its progress; its result names the runs). While a build of the same route and month is queued or running, that job is returned',
        body: BuildBody,
        response: { 202: JobSchema, ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const { route, month, date } = request.body as { route: Route; month: string; date: string };
      const payload: DeclarationBuildPayload = {
        route,
        month,
        date,
        ip: request.ip,
        userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
      };
      const { job } = await db.withOrg(auth.orgId, (tx) =>
        jobs.enqueue(tx, auth.orgId, {
          kind: DECLARATION_BUILD,
          requestedBy: auth.userId,
          payload: { ...payload },
          // A transient failure is tried again (the build is one transaction); a refusal (already declared) is final.
          maxAttempts: 3,
          activeKey: `${DECLARATION_BUILD}:${route}:${month}`,
        }),
      );
      return reply.code(202).send(job);
    },
  );

  app.post(
    '/api/v1/declarations/runs',
    {
      config: { access },
      schema: {
        tags: ['financing'],
        summary:
          'Build the month’s draft runs of a route — iWmo 323 per municipality, PM304 per insurer, Wlz per zorgkantoor — with the receiver’s checks; 409 financing.already_declared while a draft exists',
        body: Type.Object(
          {
            route: Type.Enum([...ROUTES], { description: 'iwmo_323 (gemeente), pm304 (zorgverzekeraar), wlz (zorgkantoor)' }),
            month: Month,
            date: Type.String({ format: 'date', description: 'the declaration day (DeclaratieDagtekening)' }),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ runs: Type.Array(CoreShaped('a run with its checks')) }),
          ...problemResponses(401, 403, 409),
        },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const { route, month, date } = request.body as { route: Route; month: string; date: string };
      const runs = await db.withOrg(auth.orgId, async (tx) => {
        const built: BuiltRun[] = await BUILDERS[route](tx, auth.orgId, auth.userId, month, date);
        for (const run of built) await auditClients(tx, request, run.clientIds, 'declaration.build', 'C', run.summary.id);
        return built.map((b) => b.summary);
      });
      return reply.code(201).send({ runs });
    },
  );

  app.get(
    '/api/v1/declarations',
    {
      config: { access },
      schema: {
        tags: ['financing'],
        summary: 'Declaration runs with status, totals and checks',
        querystring: Type.Object({ month: Type.Optional(Month), route: Type.Optional(Type.Enum([...ROUTES])) }),
        response: { 200: Type.Array(CoreShaped('a run')), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { month, route } = request.query as { month?: string; route?: Route };
      return db.withOrg(auth.orgId, (tx) => listRuns(tx, { ...(month ? { month } : {}), ...(route ? { route } : {}) }));
    },
  );

  app.get(
    '/api/v1/declarations/:runId',
    {
      config: { access },
      schema: {
        tags: ['financing'],
        summary: 'One run: lines (BSN masked), checks with return codes, the municipality’s answers',
        params: RunParams,
        response: { 200: CoreShaped('run, lines, reopened'), ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { runId } = request.params as { runId: string };
      return db.withOrg(auth.orgId, async (tx) => {
        const run = await runOrNotFound(tx, runId);
        const lines = await auditedLines(tx, request, runId, 'declaration.read', 'R');
        const answers = await tx.query<{ outcome: unknown; receivedAt: string }>(
          `select outcome, received_at as "receivedAt" from declaration_answers where run_id = $1 order by received_at`,
          [runId],
        );
        return {
          run,
          lines: lines.map((l) => ({ ...l, bsn: l.bsn ? `******${l.bsn.slice(-3)}` : null, detail: onScreen(l.detail) })),
          answers,
        };
      });
    },
  );

  app.get(
    '/api/v1/declarations/:runId/file',
    {
      config: { access },
      schema: {
        tags: ['financing'],
        summary:
          'The file of a run: WMO323 XML, or the PM304 / AW319 Vektis EI flat file (an export: it holds BSNs; audited per client)',
        params: RunParams,
        response: {
          200: Type.String({ description: 'application/xml (iWmo) or text/plain fixed-width records (Vektis EI)' }),
          ...problemResponses(401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const { runId } = request.params as { runId: string };
      const file = await db.withOrg(auth.orgId, async (tx) => {
        const run = await runOrNotFound(tx, runId);
        const lines = await auditedLines(tx, request, runId, 'declaration.export', 'E');
        return runFile(tx, auth.orgId, run, lines);
      });
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  );

  app.post(
    '/api/v1/declarations/:runId/send',
    {
      config: { access },
      schema: {
        tags: ['financing'],
        summary: 'Mark a checked run as sent; 422 with the findings (and return codes) while it is blocked; 409 once sent',
        params: RunParams,
        body: Type.Object({}, { additionalProperties: false }),
        response: { 200: CoreShaped('the run, sent'), ...problemResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { runId } = request.params as { runId: string };
      return db.withOrg(auth.orgId, async (tx) => {
        const status = await lockedStatus(tx, runId);
        const editable = status === 'discarded' ? ['discarded'] : checkDeclarationEditable(status);
        if (editable.length > 0) throw new ProblemError('financing.declaration_immutable');
        const run = await runOrNotFound(tx, runId);
        throwIfViolations(findingsAsViolations(run.checks.findings));
        await tx.query(`update declaration_runs set status = 'sent', sent_at = now() where id = $1`, [runId]);
        await auditedLines(tx, request, runId, 'declaration.send', 'U');
        return runOrNotFound(tx, runId);
      });
    },
  );

  app.post(
    '/api/v1/declarations/:runId/discard',
    {
      config: { access },
      schema: {
        tags: ['financing'],
        summary: 'Discard a draft run (e.g. after fixing what its checks found), so the month can be built again; 409 once sent',
        params: RunParams,
        body: Type.Object({}, { additionalProperties: false }),
        response: { 200: CoreShaped('the run, discarded'), ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { runId } = request.params as { runId: string };
      return db.withOrg(auth.orgId, async (tx) => {
        const status = await lockedStatus(tx, runId);
        if (status !== 'draft') throw new ProblemError('financing.declaration_immutable');
        await tx.query(`update declaration_runs set status = 'discarded' where id = $1`, [runId]);
        await auditedLines(tx, request, runId, 'declaration.discard', 'U');
        return runOrNotFound(tx, runId);
      });
    },
  );

  app.post(
    '/api/v1/declarations/:runId/answers',
    {
      config: { access },
      schema: {
        tags: ['financing'],
        summary:
          'Read the receiver’s answer (WMO325 XML in `xml`; PM305 or AW320 flat file in `content`): accepted lines, rejected lines reopened with their return codes, the awarded total; the run becomes answered',
        params: RunParams,
        body: Type.Object(
          {
            xml: Type.Optional(Type.String({ minLength: 1, maxLength: 5_000_000, description: 'a WMO325 message' })),
            content: Type.Optional(
              Type.String({ minLength: 1, maxLength: 5_000_000, description: 'the answer file (WMO325, PM305, AW320)' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: CoreShaped('outcome and reopened lines'), ...problemResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { runId } = request.params as { runId: string };
      const body = request.body as { xml?: string; content?: string };
      const raw = body.content ?? body.xml;
      if (raw === undefined)
        throw new ProblemError('request.invalid', { errors: [{ path: '/body/content', message: 'the answer file is missing' }] });
      const path = body.content !== undefined ? '/body/content' : '/body/xml';
      return db.withOrg(auth.orgId, async (tx) => {
        // Read the answer first (an unreadable file is 400 whatever the run's state), then take the run's lock.
        const run = await runOrNotFound(tx, runId);
        const lines = await loadLines(tx, runId);
        const outcome = readAnswer(run, raw, lines, path);
        const status = await lockedStatus(tx, runId);
        if (status !== 'sent') throw new ProblemError('financing.declaration_immutable');
        const reopened = reopenRejected(outcome, ANSWER_OF[run.route as Route]);
        const [answer] = await tx.query<{ id: string }>(
          `insert into declaration_answers (org_id, run_id, raw, outcome, recorded_by) values ($1, $2, $3, $4, $5) returning id`,
          [auth.orgId, runId, raw, JSON.stringify({ ...outcome, reopened }), auth.userId],
        );
        const rejected = new Map(outcome.rejected.map((r) => [r.reference, r.codes.map((c) => c.code)]));
        for (const line of lines)
          await tx.query(
            `insert into declaration_line_outcomes (org_id, line_id, answer_id, status, return_codes) values ($1, $2, $3, $4, $5)`,
            [
              auth.orgId,
              line.id,
              answer?.id,
              rejected.has(line.reference) ? 'rejected' : 'accepted',
              rejected.get(line.reference) ?? [],
            ],
          );
        await tx.query(`update declaration_runs set status = 'answered' where id = $1`, [runId]);
        await auditClients(
          tx,
          request,
          lines.map((l) => l.personId),
          'declaration.answer',
          'U',
          runId,
        );
        return { outcome, reopened };
      });
    },
  );

  app.post(
    '/api/v1/declarations/lines/:lineId/credit',
    {
      config: { access },
      schema: {
        tags: ['financing'],
        summary:
          'Correct a sent, accepted line: never edited, but credited — the next run built carries a credit line referencing it and the line as the data now derive it. Once per line (409 financing.already_credited); 422 financing.credit_without_debet for a line that was not accepted',
        params: LineParams,
        body: Type.Object(
          { reason: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S', description: 'why the line is corrected' }) },
          { additionalProperties: false },
        ),
        response: { 201: CoreShaped('the correction asked for'), ...problemResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const { lineId } = request.params as { lineId: string };
      const reason = (request.body as { reason: string }).reason.trim();
      const correction = await db.withOrg(auth.orgId, async (tx) => {
        const asked = await requestCorrection(tx, auth.orgId, auth.userId, lineId, reason);
        await auditClients(tx, request, [asked.clientId], 'declaration.credit', 'C', asked.runId, reason);
        return asked;
      });
      return reply.code(201).send(correction);
    },
  );
}
