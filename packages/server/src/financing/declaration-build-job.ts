import { hasOrgPermission, isRole } from '@meedoen/core';
import { appendAudits } from '../access/audit-log.js';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../errors/problem.js';
import type { JobContext } from '../jobs/job-runner.js';
import type { Route } from './declaration-files.js';
import { buildIwmoRuns, type BuiltRun } from './declaration-store.js';
import { buildPm304Runs } from './pm304-runs.js';
import { buildWlzRuns } from './wlz-runs.js';

/** Per route, who receives a run: iWmo 323 per municipality, PM304 per insurer (UZOVI), Wlz per zorgkantoor. */
export const BUILDERS: Record<Route, typeof buildIwmoRuns> = {
  iwmo_323: buildIwmoRuns,
  pm304: buildPm304Runs,
  wlz: buildWlzRuns,
};

export const DECLARATION_BUILD = 'declaration.build';

/** What the request hands the job: the month to build, and where the request came from (for the audit). */
export interface DeclarationBuildPayload {
  route: Route;
  month: string;
  date: string;
  ip: string | null;
  userAgent: string | null;
}

/** The roles a user holds now (a job runs later than it was asked for: access is decided again then). */
export async function currentRoles(tx: Queryable, userId: string) {
  const rows = await tx.query<{ role: string }>(
    `select r.role from user_roles r join users u on u.id = r.user_id where r.user_id = $1 and u.active`,
    [userId],
  );
  return rows.map((r) => r.role).filter(isRole);
}

/**
 * Build a month's draft runs of one route as a background job (issue 16): as its requester, who must still hold
 * declarations.manage; one audit record per client in the runs (NEN 7513, action C), as the synchronous route does.
 * The runs' ids are the job's result; a month already declared fails the job with financing.already_declared.
 */
export async function runDeclarationBuild({ db, orgId, job, progress }: JobContext): Promise<Record<string, unknown>> {
  const payload = job.payload as unknown as DeclarationBuildPayload;
  const userId = job.requested_by;
  if (!userId) throw new ProblemError('access.forbidden');
  await progress(0, 1);
  const runs = await db.withOrg(orgId, async (tx) => {
    const roles = await currentRoles(tx, userId);
    if (!hasOrgPermission(roles, 'declarations.manage')) throw new ProblemError('access.forbidden');
    const built: BuiltRun[] = await BUILDERS[payload.route](tx, orgId, userId, payload.month, payload.date);
    for (const run of built)
      await appendAudits(
        tx,
        orgId,
        [...new Set(run.clientIds)].map((clientId) => ({
          event: 'declaration.build',
          action: 'C' as const,
          outcome: 'success' as const,
          clientId,
          userId,
          responsibleUserId: userId,
          role: roles[0] ?? null,
          basis: 'organisation',
          breakGlass: false,
          reason: null,
          objectType: 'declaration_run',
          objectId: run.summary.id,
          ip: payload.ip,
          userAgent: payload.userAgent,
        })),
      );
    return built.map((b) => b.summary);
  });
  return { runIds: runs.map((r) => r.id), runs: runs.length };
}
