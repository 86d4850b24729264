import { isoDateIn, monthsBetween, REPORTS, type ReportName } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { auditActor } from '../access/audit-context.js';
import { appendAudit } from '../access/audit-log.js';
import { markAudited } from '../access/request-audit.js';
import { requireFullAuth } from '../access/route-access.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { reportCsv, reportXlsx } from './report-files.js';
import { loadReport } from './report-queries.js';

const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' });
const MAX_MONTHS = 24;

/** CSV/XLSX totals for financers and management; a permission of its own, every download audited as an export. */
export function registerReportRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/reports/:report',
    {
      config: { access: { kind: 'permission', permission: 'reports.export' } },
      schema: {
        tags: ['reports'],
        summary:
          'Attendance per month, units per contract, or treatment volume per discipline over a period of months, as CSV or XLSX (totals, no client named)',
        params: Type.Object({ report: Type.Enum([...REPORTS]) }, { additionalProperties: false }),
        querystring: Type.Object(
          { from: Month, until: Month, format: Type.Enum(['csv', 'xlsx']) },
          { additionalProperties: false },
        ),
        produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: { description: 'the file', type: 'string', format: 'binary' }, ...problemResponses(401, 403, 422) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const { report } = request.params as { report: ReportName };
      const { from, until, format } = request.query as { from: string; until: string; format: 'csv' | 'xlsx' };
      if (monthsBetween(from, until, MAX_MONTHS) === null)
        throw new ProblemError('report.period_invalid', {
          errors: [{ path: '/querystring/until', message: `must be on or after from, at most ${MAX_MONTHS} months` }],
        });
      const table = await db.withOrg(auth.orgId, async (tx) => {
        const loaded = await loadReport(tx, report, from, until);
        await appendAudit(tx, auth.orgId, {
          event: 'report.export',
          action: 'E',
          outcome: 'success',
          clientId: null,
          ...auditActor(request, auth),
          role: auth.roles[0] ?? null,
          basis: null,
          breakGlass: false,
          reason: `${from}..${until} ${format}`,
          objectType: 'report',
          objectId: report,
        });
        return loaded;
      });
      markAudited(request);
      const name = `meedoen-${report}-${from}-${until}-${isoDateIn(new Date())}`;
      if (format === 'csv')
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.csv"`)
          .send(reportCsv(table));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}.xlsx"`)
        .send(await reportXlsx(table));
    },
  );
}
