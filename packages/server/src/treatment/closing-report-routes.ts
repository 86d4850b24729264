import { buildClosingReport } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { withClientAccess } from '../access/client-access.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { loadClient } from '../people/client-store.js';
import { loadMeasurementFacts, progressOf } from '../measurement/measurement-service.js';
import { renderClosingReportPdf } from './closing-report.js';
import { TrajectoryParams } from './trajectory-schemas.js';
import { loadTrajectory } from './trajectory-store.js';

export function registerClosingReportRoutes(app: FastifyInstance, db: Database): void {
  const load = (request: Parameters<typeof withClientAccess>[1]) => loadWithCharts(request, false).then((r) => r.report);
  const loadWithCharts = (request: Parameters<typeof withClientAccess>[1], withCharts: boolean) => {
    const { clientId, trajectoryId } = request.params as { clientId: string; trajectoryId: string };
    return withClientAccess(
      db,
      request,
      clientId,
      async (tx, access) => {
        const stored = await loadTrajectory(tx, access.orgId, clientId, trajectoryId);
        const client = await loadClient(tx, access.orgId, clientId);
        if (!stored || !client) throw new ProblemError('resource.not_found');
        const [therapist] = await tx.query<{ display_name: string }>(`select display_name from users where id = $1`, [
          stored.trajectory.referral.therapistId,
        ]);
        const report = buildClosingReport(stored.trajectory, {
          clientName: `${client.givenName} ${client.familyName}`,
          birthDate: client.birthDate,
          therapistName: therapist?.display_name ?? '',
        });
        // The charts of the measurements (issue 13), for whoever may also read the client's measurements.
        const charts =
          withCharts && access.abilities.measurements.read
            ? await progressOf(
                tx,
                await loadMeasurementFacts(tx, access.orgId, clientId, trajectoryId, access.today),
                clientId,
                access.today,
              )
            : [];
        return { report, charts };
      },
      { objectType: 'closing_report', objectId: trajectoryId },
    );
  };

  app.get(
    '/api/v1/clients/:clientId/trajectories/:trajectoryId/closing-report',
    {
      config: { access: { kind: 'client', category: 'treatment', action: 'read', audit: 'R', event: 'closing_report.read' } },
      schema: {
        tags: ['treatment'],
        summary:
          'The closing report to the referrer, generated from the trajectory: goals and attainment, sessions, decision, advice, relapse prevention',
        params: TrajectoryParams,
        response: { 200: Type.Object({}, { additionalProperties: true }), ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => load(request),
  );

  app.get(
    '/api/v1/clients/:clientId/trajectories/:trajectoryId/closing-report.pdf',
    {
      config: { access: { kind: 'client', category: 'treatment', action: 'read', audit: 'E', event: 'closing_report.export' } },
      schema: {
        tags: ['treatment'],
        summary: 'The closing report as PDF (an export, audited as such)',
        params: TrajectoryParams,
        produces: ['application/pdf'],
        response: { 200: { description: 'PDF', type: 'string', format: 'binary' }, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { report, charts } = await loadWithCharts(request, true);
      const pdf = await renderClosingReportPdf(report, charts);
      return reply.type('application/pdf').header('content-disposition', 'attachment; filename="afsluitverslag.pdf"').send(pdf);
    },
  );
}
