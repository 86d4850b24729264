import {
  hasOrgPermission,
  isoDateIn,
  isRole,
  PLAN_SECTIONS,
  type DataCategory,
  type Disclosure,
  type DisclosureSpec,
  type Resource,
} from '@meedoen/core';
import { withClientsAccessAs, type AccessActor } from '../access/client-access.js';
import type { Database } from '../db/database.js';
import { ProblemError } from '../errors/problem.js';
import type { JobTask } from '../jobs/job-runner.js';
import { runAllDueJobs } from '../jobs/job-service.js';
import { listClientsFor } from '../people/client-store.js';
import { CLIENT_TYPES, type ClientTypePart } from './fhir-client-types.js';
import { partRoute } from './fhir-part-access.js';
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

export const FHIR_EXPORT = 'fhir.export';

/** What the kick-off hands the background job: the export's row, and who asked from where (for the audit). */
export interface ExportPayload {
  exportJobId: string;
  audit: AccessActor['audit'];
}

/**
 * The export as a background job (issue 16): queued in the kick-off's transaction, run by the job service on either
 * engine; a failed export fails its job too (fhir.export_failed, no content), and is not tried again (its row says
 * failed, which the status URL answers).
 */
export function exportTask(staleDays: number): JobTask {
  return async ({ db, orgId, job, progress }) => {
    const { exportJobId, audit } = job.payload as unknown as ExportPayload;
    const outcome = await runExportJob(db, orgId, exportJobId, audit, staleDays, progress);
    if (outcome === 'failed') throw new ProblemError('fhir.export_failed');
    return { exportJobId };
  };
}

/** Wait until every export (and any other job) queued in this process has run: tests poll no clock. */
export async function exportJobsSettled(): Promise<void> {
  await runAllDueJobs();
}

/** The disclosable parts a declaration names (a plan's `sections` are all of them). */
function partsOf(spec: DisclosureSpec): string[] {
  if (spec.kind === 'whole') return [...spec.parts];
  if (spec.kind === 'none') return [];
  return Object.values(spec.fields).flatMap((part) => (part === 'sections' ? [...PLAN_SECTIONS] : [part]));
}

/**
 * What a stored row of a disclosed part is made of: all its parts for someone who sees it whole, the
 * shared ones for someone who sees it through the client's consent; null for a category without
 * disclosure. A download refuses the row when one of these is no longer shared (export-routes.ts).
 */
export function contentParts(part: Pick<ClientTypePart, 'disclosure'>, disclosure: Disclosure): string[] | null {
  if (!part.disclosure) return null;
  const parts = partsOf(part.disclosure);
  return disclosure.limited ? parts.filter((p) => (disclosure.open as readonly string[]).includes(p)) : parts;
}

const ndjson = (resources: readonly Resource[]) => resources.map((r) => JSON.stringify(r)).join('\n') + '\n';

/**
 * One export, as its requester with the roles they hold now: claim the job (only one runner), then per
 * client and data category the one access mechanism decides and audits (action E); what it refuses is
 * left out. A type made of parts (Encounter, CarePlan) is exported per part under each part's category. The organisation's own types follow the JSON API's permissions. Output per type and client.
 */
export async function runExportJob(
  db: Database,
  orgId: string,
  jobId: string,
  audit: AccessActor['audit'],
  staleDays: number,
  progress: (done: number, total: number | null) => Promise<void> = async () => undefined,
): Promise<'completed' | 'failed' | 'not_claimed'> {
  const [job] = await db.withOrg(orgId, (tx) =>
    tx.query<ExportJobRow>(
      `update fhir_export_jobs set status = 'in_progress', started_at = now() where id = $1 and status = 'accepted' returning *`,
      [jobId],
    ),
  );
  if (!job) return 'not_claimed';
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
            listClientsFor(tx, orgId, job.requested_by, today, { directory: false, query: null, limit: 100_000 }),
          )
        ).map((c) => c.id);
    // Every part of every type asked for, grouped by the category the access mechanism checks.
    const wanted = CLIENT_TYPES.filter((t) => job.types.includes(t.type)).flatMap((spec) =>
      spec.parts.map((part) => ({ type: spec.type, part })),
    );
    const categories = [...new Set(wanted.map((w) => w.part.category))];
    await progress(0, clientIds.length);
    for (const [done, clientId] of clientIds.entries()) {
      // Between clients, never inside one's transaction (PGlite has one connection).
      if (done > 0 && done % 10 === 0) await progress(done, clientIds.length);
      for (const category of categories) {
        const units = wanted.filter((w) => w.part.category === category);
        const whole = [...new Set(units.flatMap((u) => (u.part.disclosure?.kind === 'whole' ? u.part.disclosure.parts : [])))];
        const route = partRoute({ category }, 'fhir.export', 'E', whole);
        try {
          await withClientsAccessAs(db, actor, route, [clientId], async (tx, [granted]) => {
            if (!granted) return;
            const scope = { tx, clientId, orgId, today: granted.today, disclosure: granted.disclosure };
            const loaded = new Map<ClientTypePart['load'], Resource[]>();
            for (const { type, part } of units) {
              if (!loaded.has(part.load)) loaded.set(part.load, await part.load(scope));
              const resources = (loaded.get(part.load) ?? []).filter((r) => r.resourceType === type);
              if (resources.length === 0) continue;
              await tx.query(
                `insert into fhir_export_files (job_id, org_id, resource_type, client_id, category, resource_count, ndjson, disclosed_parts)
                 values ($1, $2, $3, $4, $5, $6, $7, $8)`,
                [
                  jobId,
                  orgId,
                  type,
                  clientId,
                  category satisfies DataCategory,
                  resources.length,
                  ndjson(resources),
                  contentParts(part, granted.disclosure),
                ],
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
    return 'completed';
  } catch (error) {
    await db.withOrg(orgId, (tx) =>
      tx.query(`update fhir_export_jobs set status = 'failed', error = $2, finished_at = now() where id = $1`, [
        jobId,
        error instanceof Error ? error.message.slice(0, 500) : 'export failed',
      ]),
    );
    return 'failed';
  }
}
