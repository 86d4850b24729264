import { hasOrgPermission, isoDateIn, isRole, type DataCategory, type Resource } from '@meedoen/core';
import { withClientsAccessAs, type AccessActor } from '../access/client-access.js';
import type { Database } from '../db/database.js';
import { ProblemError } from '../errors/problem.js';
import { listClientsFor } from '../people/client-store.js';
import { CLIENT_TYPES } from './fhir-client-types.js';
import { ORG_TYPES } from './fhir-org-types.js';

/** Every type an export can hold: one client's data, then the organisation's own. */
export const EXPORT_TYPES: readonly string[] = [...CLIENT_TYPES, ...ORG_TYPES].map((t) => t.type);

export interface ExportJobRow {
  id: string;
  org_id: string;
  requested_by: string;
  client_id: string | null;
  types: string[];
  status: 'accepted' | 'in_progress' | 'completed' | 'failed';
  request_url: string;
  error: string | null;
  requested_at: Date;
}

/** Jobs running in this process, so tests (and a graceful shutdown) can wait for them. */
const running = new Set<Promise<void>>();

export function startExportJob(db: Database, orgId: string, jobId: string, audit: AccessActor['audit'], staleDays: number): void {
  // A job that cannot even record its failure (the database went away) ends here; its row stays in progress.
  const job = runExportJob(db, orgId, jobId, audit, staleDays)
    .catch(() => undefined)
    .finally(() => running.delete(job));
  running.add(job);
}

export async function exportJobsSettled(): Promise<void> {
  while (running.size > 0) await Promise.allSettled([...running]);
}

const ndjson = (resources: readonly Resource[]) => resources.map((r) => JSON.stringify(r)).join('\n') + '\n';

/**
 * One export, as its requester with the roles they hold now: claim the job (only one runner), then per
 * client and data category the one access mechanism decides and audits (action E); what it refuses is
 * left out. The organisation's own types follow the JSON API's permissions. Output per type and client.
 */
export async function runExportJob(
  db: Database,
  orgId: string,
  jobId: string,
  audit: AccessActor['audit'],
  staleDays: number,
): Promise<void> {
  const [job] = await db.withOrg(orgId, (tx) =>
    tx.query<ExportJobRow>(
      `update fhir_export_jobs set status = 'in_progress', started_at = now() where id = $1 and status = 'accepted' returning *`,
      [jobId],
    ),
  );
  if (!job) return;
  try {
    const roles = (
      await db.withOrg(orgId, (tx) =>
        tx.query<{ role: string }>(
          `select r.role from user_roles r join users u on u.id = r.user_id where r.user_id = $1 and u.active`,
          [job.requested_by],
        ),
      )
    )
      .map((r) => r.role)
      .filter(isRole);
    const actor: AccessActor = { auth: { orgId, userId: job.requested_by, roles }, method: 'GET', audit };
    const today = isoDateIn(new Date());
    const clientIds = job.client_id
      ? [job.client_id]
      : (
          await db.withOrg(orgId, (tx) =>
            listClientsFor(tx, job.requested_by, today, { directory: false, query: null, limit: 100_000 }),
          )
        ).map((c) => c.id);
    const wanted = CLIENT_TYPES.filter((t) => job.types.includes(t.type));
    const categories = [...new Set(wanted.map((t) => t.category))];
    for (const clientId of clientIds) {
      for (const category of categories) {
        const specs = wanted.filter((t) => t.category === category);
        const route = { kind: 'client', category, action: 'read', audit: 'E', event: 'fhir.export' } as const;
        try {
          await withClientsAccessAs(db, actor, route, [clientId], async (tx, [granted]) => {
            const all = await (specs[0] as (typeof specs)[number]).load({ tx, clientId, orgId, today: granted?.today ?? today });
            for (const spec of specs) {
              const resources = all.filter((r) => r.resourceType === spec.type);
              if (resources.length === 0) continue;
              await tx.query(
                `insert into fhir_export_files (job_id, org_id, resource_type, client_id, category, resource_count, ndjson)
                 values ($1, $2, $3, $4, $5, $6, $7)`,
                [jobId, orgId, spec.type, clientId, category satisfies DataCategory, resources.length, ndjson(resources)],
              );
            }
          });
        } catch (error) {
          // Refused (and audited as such): this client's data of this category stays out of the export.
          if (error instanceof ProblemError && error.code.startsWith('access.')) continue;
          throw error;
        }
      }
    }
    if (!job.client_id) {
      await db.withOrg(orgId, async (tx) => {
        for (const spec of ORG_TYPES.filter((t) => job.types.includes(t.type))) {
          if (spec.access.kind === 'permission' && !hasOrgPermission(roles, spec.access.permission)) continue;
          const resources = await spec.load(tx, orgId, staleDays);
          if (resources.length === 0) continue;
          await tx.query(
            `insert into fhir_export_files (job_id, org_id, resource_type, client_id, category, resource_count, ndjson)
             values ($1, $2, $3, null, null, $4, $5)`,
            [jobId, orgId, spec.type, resources.length, ndjson(resources)],
          );
        }
      });
    }
    await db.withOrg(orgId, (tx) =>
      tx.query(`update fhir_export_jobs set status = 'completed', finished_at = now() where id = $1`, [jobId]),
    );
  } catch (error) {
    await db.withOrg(orgId, (tx) =>
      tx.query(`update fhir_export_jobs set status = 'failed', error = $2, finished_at = now() where id = $1`, [
        jobId,
        error instanceof Error ? error.message.slice(0, 500) : 'export failed',
      ]),
    );
  }
}
