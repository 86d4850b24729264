import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';

/**
 * One scored SRS administration at a session, stored as the measurement routes store a paper score
 * (the routes need a licence and licensed wording first; tests of other parts need only the row).
 * The total is what the four answers add up to; at 33 it lies under the SRS cut-off of 36, so the
 * trajectory carries an alliance alert.
 */
export async function insertSrsAdministration(
  db: Database,
  orgId: string,
  args: { clientId: string; trajectoryId: string; sessionId: string; sessionNumber: number; date: string; recordedBy: string },
): Promise<string> {
  const id = randomUUID();
  const answers = { relationship: 8, goals_topics: 8, approach_method: 9, overall: 8 };
  const scores = [{ scale: 'total', kind: 'total', value: 33 }];
  await db.withOrg(orgId, (tx) =>
    tx.query(
      `insert into measurement_administrations (id, org_id, administration_id, version, instrument_id, client_id, trajectory_id,
         occasion_id, moment, session_id, session_number, respondent, mode, answers, scores, administered_on, recorded_by)
       values ($1, $2, $1, 1, 'srs', $3, $4, $5, 'session_end', $6, $7, 'client', 'paper', $8, $9, $10, $11)`,
      [
        id,
        orgId,
        args.clientId,
        args.trajectoryId,
        `session:${args.date}:end`,
        args.sessionId,
        args.sessionNumber,
        JSON.stringify(answers),
        JSON.stringify(scores),
        args.date,
        args.recordedBy,
      ],
    ),
  );
  return id;
}
