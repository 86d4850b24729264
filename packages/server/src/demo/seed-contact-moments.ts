import type { Queryable } from '../db/database.js';
import { demoClientId, demoUserId } from './demo-organisation.js';
import { stableId } from './stable-id.js';

/**
 * Kevin's contact moments with his job coaches (issue 14), so the job coach's screen is not empty: Lisa of Werkfit
 * looks for a learning work place with him (003 L1677-1684), Mohamed of the team talks with him and the
 * supervisor at the shop (a driegesprek, 003 L3254-3257).
 */
const MOMENTS = [
  {
    key: 'kevin-lisa-1',
    userKey: 'lisa.vos',
    date: '2026-10-14',
    minutes: 45,
    kind: 'gesprek',
    channel: 'op_locatie',
    place: 'Kantoor Werkfit, Zwolle',
    report: 'Kennismaking. Kevin wil graag buiten werken, het liefst met fietsen. Hij vindt vroeg beginnen lastig.',
    nextStep: 'Lisa zoekt twee leerwerkplekken in de fietsenbranche.',
    nextAppointment: '2026-10-28',
  },
  {
    key: 'kevin-lisa-2',
    userKey: 'lisa.vos',
    date: '2026-10-28',
    minutes: 20,
    kind: 'gesprek',
    channel: 'telefoon',
    place: '',
    report: 'Twee plekken besproken. Kevin wil eerst een dag meedraaien bij de fietsenmaker in Assendorp.',
    nextStep: 'Kevin belt zelf de fietsenmaker voor een proefdag.',
    nextAppointment: '2026-11-18',
  },
  {
    key: 'kevin-mohamed-1',
    userKey: 'mohamed.bouzid',
    date: '2026-11-11',
    minutes: 60,
    kind: 'driegesprek',
    channel: 'op_locatie',
    place: 'Kringloop Zwolle',
    report: 'Met Gerrit en Kevin: het gaat goed in de werkplaats. Kevin neemt zelf contact op als hij later komt.',
    nextStep: 'Over een maand weer een driegesprek.',
    nextAppointment: null,
  },
] as const;

export async function seedContactMoments(tx: Queryable, orgId: string): Promise<void> {
  for (const m of MOMENTS) {
    const id = stableId(`contact-moment:${m.key}`);
    const values = [orgId, id, m.date, m.minutes, m.kind, m.channel, m.place, m.report, m.nextStep, m.nextAppointment];
    await tx.query(
      `insert into contact_moments (org_id, id, client_id, version, date, minutes, kind, channel, place, report, next_step,
                                    next_appointment, recorded_by, recorded_at)
       values ($1, $2, $11, 1, $3, $4, $5, $6, $7, $8, $9, $10, $12, ($3::date + time '17:00') at time zone 'Europe/Amsterdam')
       on conflict (org_id, id) do nothing`,
      [...values, demoClientId('kevin'), demoUserId(m.userKey)],
    );
    await tx.query(
      `insert into contact_moment_versions (org_id, moment_id, version, date, minutes, kind, channel, place, report, next_step,
                                            next_appointment, written_by, written_at)
       values ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, ($3::date + time '17:00') at time zone 'Europe/Amsterdam')
       on conflict (org_id, moment_id, version) do nothing`,
      [...values, demoUserId(m.userKey)],
    );
  }
}
