import { administrationToFhir, childId, FINAL_STATES, instrumentForUse, toMeasurementFlag, type Resource } from '@meedoen/core';
import type { Queryable } from '../db/database.js';
import { loadMeasurementFacts, progressOf } from '../measurement/measurement-service.js';
import type { StoredVersion } from '../measurement/measurement-store.js';
import type { ClientScope } from './fhir-client-data.js';

/**
 * Who filled an administration in, as a reference this facade serves: the client (Patient), the parent
 * who is the client's representative (RelatedPerson, by the representative record of the user who
 * entered it), or the professional (Practitioner). A parent's score typed in by a therapist names no
 * author rather than the wrong one.
 */
async function authorOf(tx: Queryable, clientId: string, v: StoredVersion): Promise<string | null> {
  if (v.respondent === 'client') return `Patient/${clientId}`;
  if (v.respondent === 'parent') {
    const [rep] = await tx.query<{ id: string }>(
      `select id from client_representatives where client_id = $1 and user_id = $2 order by valid_from desc limit 1`,
      [clientId, v.recordedBy],
    );
    return rep ? `RelatedPerson/${rep.id}` : null;
  }
  return `Practitioner/${v.recordedBy}`;
}

/**
 * Every instrument administration of the client (its current version) as a QuestionnaireResponse with one
 * Observation per coded score (core measurement/fhir.ts; the participation ladder is one of the instruments),
 * and the measurement alerts of each trajectory as Flags — the same data and alerts the JSON API's
 * measurement view shows (one data category: measurements).
 */
export async function measurementResources({ tx, clientId, orgId, today }: ClientScope): Promise<Resource[]> {
  const trajectories = await tx.query<{ id: string }>(
    `select id from trajectories where client_id = $1 order by created_at, id`,
    [clientId],
  );
  const out: Resource[] = [];
  for (const { id: trajectoryId } of trajectories) {
    const facts = await loadMeasurementFacts(tx, orgId, clientId, trajectoryId, today);
    const current = [...(facts.current as StoredVersion[])].sort(
      (a, b) => a.administeredOn.localeCompare(b.administeredOn) || a.administrationId.localeCompare(b.administrationId),
    );
    for (const version of current) {
      const instrument = instrumentForUse(
        version.instrumentId,
        facts.setups.get(version.instrumentId) ?? null,
        facts.trajectory.goals,
      );
      const author = await authorOf(tx, clientId, version);
      const enteredBy = `Practitioner/${version.recordedBy}`;
      const { questionnaireResponse, observations } = administrationToFhir(instrument, version, version.scores, {
        patient: `Patient/${clientId}`,
        encounter: version.sessionId ? `Encounter/${childId(trajectoryId, version.sessionId)}` : null,
        author: author ?? '',
        source: (version.mode === 'paper' ? enteredBy : author) ?? '',
      });
      // A reference nobody can resolve is left out rather than sent empty.
      const { author: writtenBy, source: enteredIn, ...response } = questionnaireResponse;
      out.push(
        {
          ...response,
          ...(writtenBy.reference ? { author: writtenBy } : {}),
          ...(enteredIn.reference ? { source: enteredIn } : {}),
        } as Resource,
        ...(observations as Resource[]),
      );
    }
    const active = !FINAL_STATES.includes(facts.trajectory.state);
    for (const progress of await progressOf(tx, facts, clientId, today))
      for (const alert of progress.alerts) out.push(toMeasurementFlag({ alert, trajectoryId, clientId, orgId, active }));
  }
  return out;
}
