import type { Database } from '../db/database.js';

/**
 * A day-activity group for tests, written straight to the database: two offers, a group of the first
 * one, and two occurrences of 10:00-11:00 (one past, one far ahead).
 */
export interface DayGroup {
  offerId: string;
  otherOfferId: string;
  groupId: string;
  /** 10:00-11:00 on a past date. */
  pastOccurrenceId: string;
  /** 10:00-11:00 on a date far ahead. */
  futureOccurrenceId: string;
}

async function insertOffer(db: Database, orgId: string, name: string): Promise<string> {
  const [row] = await db.withOrg(orgId, (tx) =>
    tx.query<{ id: string }>(
      `insert into offers (org_id, name, provider, internal, description, form, access, level, group_or_individual, schedule,
                           social_safety, last_confirmed_on, search)
       values ($1, $2, 'Test', true, 'Samen werken', 'arbeidsmatige_dagbesteding', 'wmo_maatwerk', 'vmbo', 'groep',
               '[{"day":"ma","from":"10:00","to":"11:00"}]', '{"contactPerson":true,"buddy":false,"houseRules":true}',
               '2026-01-01', to_tsvector('dutch', $2)) returning id`,
      [orgId, name],
    ),
  );
  return row?.id ?? '';
}

export async function createDayGroup(db: Database, orgId: string): Promise<DayGroup> {
  const offerId = await insertOffer(db, orgId, 'Houtwerkplaats');
  const otherOfferId = await insertOffer(db, orgId, 'Fietsenwerkplaats');
  return db.withOrg(orgId, async (tx) => {
    const [group] = await tx.query<{ id: string }>(
      `insert into activity_groups (org_id, offer_id, name, schedule, location, capacity, season_from)
       values ($1, $2, 'Maandaggroep', '[{"day":"ma","from":"10:00","to":"11:00"}]', 'Werkplaats', 60, '2020-01-01') returning id`,
      [orgId, offerId],
    );
    const occurrence = async (date: string) => {
      const [row] = await tx.query<{ id: string }>(
        `insert into occurrences (org_id, group_id, date, starts, ends) values ($1, $2, $3, '10:00', '11:00') returning id`,
        [orgId, group?.id, date],
      );
      return row?.id ?? '';
    };
    return {
      offerId,
      otherOfferId,
      groupId: group?.id ?? '',
      pastOccurrenceId: await occurrence('2024-03-04'),
      futureOccurrenceId: await occurrence('2099-03-02'),
    };
  });
}

export async function enrol(db: Database, orgId: string, clientId: string, day: DayGroup): Promise<void> {
  await db.withOrg(orgId, (tx) =>
    tx.query(
      `insert into enrolments (org_id, client_id, offer_id, group_id, agreed_days, status, started_on, financer, unit_rule)
       values ($1, $2, $3, $4, '{ma}', 'actief', '2020-01-01', 'wmo', '{"kind":"minuut","countOnline":true}')`,
      [orgId, clientId, day.offerId, day.groupId],
    ),
  );
}
