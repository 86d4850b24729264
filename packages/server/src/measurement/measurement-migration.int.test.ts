import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate, readMigrationFiles } from '../db/migrate.js';
import { openPgliteDatabase } from '../db/pglite-database.js';

/**
 * The "ORS/SRS given" tick becomes an administration without score (design §3). Runs on a fresh embedded
 * database of its own: the migrations before 0013, a history with ticks, then 0013.
 */
describe('migration 0013: the ORS/SRS ticks of recorded sessions', () => {
  it('turns each tick into an ORS, CORS or YCORS "administered, no score" by age, numbered as the schedule does', async () => {
    const db = await openPgliteDatabase(undefined);
    try {
      const files = readMigrationFiles();
      await migrate(
        db,
        files.filter((f) => f.name < '0013'),
      );
      const org = randomUUID();
      const therapist = randomUUID();
      const adult = randomUUID();
      const child = randomUUID();
      const adultTrajectory = randomUUID();
      const childTrajectory = randomUUID();
      const sessionIds = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      const event = (id: string, date: string, measured: boolean) =>
        JSON.stringify({ type: 'session_recorded', session: { id, date, outcomeMeasured: measured, form: 'individueel' } });
      await db.asOwner(async (tx) => {
        await tx.query(`insert into organisations (id, name, kind) values ($1, 'Oud', 'zorgaanbieder')`, [org]);
        await tx.query(
          `insert into users (id, org_id, email, display_name, password_hash) values ($1, $2, 'x@y.example', 'T', 'h')`,
          [therapist, org],
        );
        for (const [id, birth] of [
          [adult, '1980-01-01'],
          [child, '2018-06-01'],
        ] as const)
          await tx.query(
            `insert into clients (id, org_id, given_name, family_name, birth_date, care_setting) values ($1, $2, 'A', 'B', $3, 'thuis')`,
            [id, org, birth],
          );
        for (const [id, client] of [
          [adultTrajectory, adult],
          [childTrajectory, child],
        ] as const)
          await tx.query(
            `insert into trajectories (id, org_id, client_id, discipline, request_type, therapist_id, state, last_seq)
             values ($1, $2, $3, 'beeldende_therapie', 'behandeling', $4, 'in_behandeling', 3)`,
            [id, org, client, therapist],
          );
        const rows: [string, number, string][] = [
          [adultTrajectory, 1, event(sessionIds[0] as string, '2026-03-03', true)],
          [adultTrajectory, 2, event(sessionIds[1] as string, '2026-03-10', false)],
          [adultTrajectory, 3, event(sessionIds[2] as string, '2026-03-10', true)],
          [childTrajectory, 1, event(sessionIds[3] as string, '2026-03-04', true)],
        ];
        for (const [trajectory, seq, data] of rows)
          await tx.query(
            `insert into trajectory_events (org_id, trajectory_id, seq, type, data, actor_id, at)
             values ($1, $2, $3, 'session_recorded', $4, $5, '2026-03-10T12:00:00Z')`,
            [org, trajectory, seq, data, therapist],
          );
      });
      expect(await migrate(db)).toContain('0013_measurement.sql');
      const migrated = await db.asOwner((tx) =>
        tx.query(
          `select trajectory_id, instrument_id, occasion_id, session_id::text, session_number, moment, respondent, mode, answers,
                  version, administration_id = id as first, recorded_by, migrated_from
             from measurement_administrations order by trajectory_id = $1 desc, session_number`,
          [adultTrajectory],
        ),
      );
      expect(migrated).toEqual([
        expect.objectContaining({
          instrument_id: 'ors',
          occasion_id: 'session:2026-03-03:start',
          session_id: sessionIds[0],
          session_number: 1,
          moment: 'session_start',
          respondent: 'client',
          mode: 'paper',
          answers: null,
          version: 1,
          first: true,
          recorded_by: therapist,
          migrated_from: { trajectoryId: adultTrajectory, seq: 1 },
        }),
        // The second session that day is "#2", as schedule.ts numbers it; the unticked one gets no row.
        expect.objectContaining({ instrument_id: 'ors', occasion_id: 'session:2026-03-10#2:start', session_number: 3 }),
        // Seven years old: the child version. No SRS is invented anywhere.
        expect.objectContaining({ trajectory_id: childTrajectory, instrument_id: 'cors', session_number: 1 }),
      ]);
    } finally {
      await db.close();
    }
  });
});
