import { auditSigning, checkpointAuditChain } from './access/audit-checkpoints.js';
import type { Config } from './config.js';
import { exportTask, FHIR_EXPORT } from './fhir/export-job.js';
import { DECLARATION_BUILD, runDeclarationBuild } from './financing/declaration-build-job.js';
import { AUDIT_CHECKPOINT, REMINDERS } from './jobs/job-schedule.js';
import type { JobService } from './jobs/job-service.js';
import { sendDailyReminders } from './worklist/reminders.js';

/** Every kind of background job and what it runs (issue 16). */
export function defineBackgroundTasks(jobs: JobService, config: Config): void {
  jobs.define(DECLARATION_BUILD, runDeclarationBuild);
  jobs.define(FHIR_EXPORT, exportTask(config.offerStaleDays));
  jobs.define(AUDIT_CHECKPOINT, async ({ db, orgId }) => {
    const seq = await db.withOrg(orgId, (tx) => checkpointAuditChain(tx, orgId, auditSigning().keyring.current));
    return { signedSeq: seq };
  });
  jobs.define(REMINDERS, async ({ db, orgId, job }) => {
    const day = String(job.payload['day']);
    return db.withOrg(orgId, (tx) => sendDailyReminders(tx, orgId, day, job.id, config));
  });
}
