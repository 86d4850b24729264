import { appendAudits } from '../access/audit-log.js';
import type { Queryable } from '../db/database.js';
import { loadWorklist, type WorklistKind } from './worklist-store.js';

/** What a daily reminder is about: work with a date that comes due, not today's roll calls or new messages. */
export const DUE_KINDS: readonly WorklistKind[] = ['note_to_write', 'evaluation_due', 'consent_expiring', 'allocation_expiring'];

/**
 * The daily reminder of one organisation (issue 16): each active professional whose work list holds something due
 * gets one in-app message — "something on your work list needs attention", never which client or what — at most
 * once a day (the unique index of 0034 holds that for any number of instances and retries). Deriving it reads the
 * clients' work-list facts as the system, so each client it looked at is audited (NEN 7513), without a user.
 */
export async function sendDailyReminders(
  tx: Queryable,
  orgId: string,
  day: string,
  jobId: string,
  days: { expiryNoticeDays: number; notesToWriteDays: number },
): Promise<{ users: number; notified: number }> {
  const users = await tx.query<{ id: string }>(
    `select u.id from users u where u.org_id = $1 and u.active and u.client_id is null
        and exists (select 1 from user_roles r where r.org_id = u.org_id and r.user_id = u.id and r.role <> 'client')
      order by u.id`,
    [orgId],
  );
  const looked = new Set<string>();
  let notified = 0;
  for (const user of users) {
    const { items, shown } = await loadWorklist(tx, orgId, user.id, day, days);
    for (const clientId of shown.keys()) looked.add(clientId);
    if (!items.some((item) => DUE_KINDS.includes(item.kind))) continue;
    const inserted = await tx.query(
      `insert into notifications (org_id, user_id, kind, client_id, link, reminder_day) values ($1, $2, 'work_due', null, '/', $3)
       on conflict (org_id, user_id, reminder_day) where reminder_day is not null do nothing returning id`,
      [orgId, user.id, day],
    );
    notified += inserted.length;
  }
  await appendAudits(
    tx,
    orgId,
    [...looked].sort().map((clientId) => ({
      event: 'reminders.derive',
      action: 'R' as const,
      outcome: 'success' as const,
      clientId,
      userId: null,
      responsibleUserId: null,
      role: null,
      basis: 'organisation',
      breakGlass: false,
      reason: 'daily reminder of work due',
      objectType: 'background_job',
      objectId: jobId,
      ip: null,
      userAgent: null,
    })),
  );
  return { users: users.length, notified };
}
