import type { ContactMomentChannel, ContactMomentInput, ContactMomentKind } from '@meedoen/core';
import type { Queryable } from '../db/database.js';

/** A contact moment as the API answers it: the current version, who wrote it, and whether the caller did. */
export interface ContactMomentView {
  id: string;
  version: number;
  date: string;
  minutes: number;
  kind: ContactMomentKind;
  channel: ContactMomentChannel;
  place: string;
  report: string;
  nextStep: string;
  nextAppointment: string | null;
  recordedByName: string;
  recordedByMe: boolean;
  recordedAt: string;
  correctedAt: string | null;
  /** Who wrote the current version, when it is a correction (the author: only they correct it). */
  correctedByName: string | null;
}

/** A stored moment with every field set (kind and channel chosen): what the rules let through. */
export type ValidContactMoment = Omit<ContactMomentInput, 'kind' | 'channel'> & {
  kind: ContactMomentKind;
  channel: ContactMomentChannel;
};

const SELECT = `select m.id, m.version, m.date::text as date, m.minutes, m.kind, m.channel, m.place, m.report,
       m.next_step as "nextStep", m.next_appointment::text as "nextAppointment", u.display_name as "recordedByName",
       m.recorded_by = $2 as "recordedByMe", m.recorded_at as "recordedAt", m.corrected_at as "correctedAt",
       case when m.version > 1 then cu.display_name end as "correctedByName"
  from contact_moments m join users u on u.org_id = m.org_id and u.id = m.recorded_by
  left join contact_moment_versions v on v.org_id = m.org_id and v.moment_id = m.id and v.version = m.version
  left join users cu on cu.org_id = v.org_id and cu.id = v.written_by`;

function asView(row: ContactMomentView & { recordedAt: Date | string; correctedAt: Date | string | null }): ContactMomentView {
  return {
    ...row,
    recordedAt: new Date(row.recordedAt).toISOString(),
    correctedAt: row.correctedAt === null ? null : new Date(row.correctedAt).toISOString(),
  };
}

/** The client's contact moments, newest first (by the day, then by when they were written). */
export async function listContactMoments(tx: Queryable, clientId: string, userId: string): Promise<ContactMomentView[]> {
  const rows = await tx.query<ContactMomentView>(
    `${SELECT} where m.client_id = $1 order by m.date desc, m.recorded_at desc, m.id`,
    [clientId, userId],
  );
  return rows.map(asView);
}

export async function loadContactMoment(
  tx: Queryable,
  clientId: string,
  momentId: string,
  userId: string,
): Promise<ContactMomentView | null> {
  const [row] = await tx.query<ContactMomentView>(`${SELECT} where m.client_id = $1 and m.id = $3`, [clientId, userId, momentId]);
  return row ? asView(row) : null;
}

/** One version of a moment as it was written: what it said, who wrote it and when. */
export interface ContactMomentVersionView {
  version: number;
  date: string;
  minutes: number;
  kind: ContactMomentKind;
  channel: ContactMomentChannel;
  place: string;
  report: string;
  nextStep: string;
  nextAppointment: string | null;
  writtenByName: string;
  writtenAt: string;
}

/**
 * Every version of one of the client's moments, the newest first (the first is the current text); empty when the
 * client has no such moment. Corrections keep the earlier text readable (migration 0031).
 */
export async function listContactMomentVersions(
  tx: Queryable,
  orgId: string,
  clientId: string,
  momentId: string,
): Promise<ContactMomentVersionView[]> {
  const rows = await tx.query<ContactMomentVersionView & { writtenAt: Date | string }>(
    `select v.version, v.date::text as date, v.minutes, v.kind, v.channel, v.place, v.report, v.next_step as "nextStep",
            v.next_appointment::text as "nextAppointment", u.display_name as "writtenByName", v.written_at as "writtenAt"
       from contact_moment_versions v
       join contact_moments m on m.org_id = v.org_id and m.id = v.moment_id
       join users u on u.org_id = v.org_id and u.id = v.written_by
      where v.org_id = $1 and m.client_id = $2 and v.moment_id = $3
      order by v.version desc`,
    [orgId, clientId, momentId],
  );
  return rows.map((row) => ({ ...row, writtenAt: new Date(row.writtenAt).toISOString() }));
}

/** Who wrote a moment, for the author check of a correction (null: no such moment for this client). */
export async function authorOf(tx: Queryable, clientId: string, momentId: string): Promise<string | null> {
  const [row] = await tx.query<{ recorded_by: string }>(
    `select recorded_by from contact_moments where client_id = $1 and id = $2`,
    [clientId, momentId],
  );
  return row?.recorded_by ?? null;
}

const values = (m: ValidContactMoment) => [
  m.date,
  m.minutes,
  m.kind,
  m.channel,
  m.place,
  m.report,
  m.nextStep,
  m.nextAppointment,
];

async function keepVersion(tx: Queryable, orgId: string, momentId: string, version: number, userId: string): Promise<void> {
  await tx.query(
    `insert into contact_moment_versions (org_id, moment_id, version, date, minutes, kind, channel, place, report, next_step,
                                          next_appointment, written_by)
     select org_id, id, version, date, minutes, kind, channel, place, report, next_step, next_appointment, $4
       from contact_moments where org_id = $1 and id = $2 and version = $3`,
    [orgId, momentId, version, userId],
  );
}

export async function insertContactMoment(
  tx: Queryable,
  orgId: string,
  clientId: string,
  userId: string,
  moment: ValidContactMoment,
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into contact_moments (org_id, client_id, version, date, minutes, kind, channel, place, report, next_step,
                                  next_appointment, recorded_by)
     values ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
    [orgId, clientId, ...values(moment), userId],
  );
  const id = row?.id ?? '';
  await keepVersion(tx, orgId, id, 1, userId);
  return id;
}

/**
 * A correction of the version the writer saw. The update names that version: of parallel corrections of one
 * version the first takes the row lock and moves the version on; the others, re-checked after the lock, match no
 * row (false: a version conflict). The versions table's primary key is the backstop.
 */
export async function correctContactMoment(
  tx: Queryable,
  orgId: string,
  clientId: string,
  momentId: string,
  seenVersion: number,
  userId: string,
  moment: ValidContactMoment,
): Promise<boolean> {
  const rows = await tx.query<{ version: number }>(
    `update contact_moments
        set date = $4, minutes = $5, kind = $6, channel = $7, place = $8, report = $9, next_step = $10,
            next_appointment = $11, version = version + 1, corrected_at = now()
      where client_id = $1 and id = $2 and version = $3
      returning version`,
    [clientId, momentId, seenVersion, ...values(moment)],
  );
  const [row] = rows;
  if (!row) return false;
  await keepVersion(tx, orgId, momentId, row.version, userId);
  return true;
}
