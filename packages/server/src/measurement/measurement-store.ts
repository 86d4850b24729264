import {
  INSTRUMENT_IDS,
  isInstrumentId,
  measurementSettings,
  type AdministrationVersion,
  type Answers,
  type InstrumentId,
  type InstrumentSetup,
  type LicenceRecord,
  type LicensedContent,
  type MeasurementSettings,
  type MeasurementSettingsInput,
  type Moment,
  type Respondent,
  type ScaleScore,
} from '@meedoen/core';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../errors/problem.js';

/** An instrument setup as stored: core's `InstrumentSetup` plus the row's ids and version (If-Match). */
export interface StoredSetup extends InstrumentSetup {
  licenceId: string | null;
  contentId: string | null;
  version: number;
}

const isoDate = (d: unknown): string => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));
const isoDateOrNull = (d: unknown): string | null => (d === null || d === undefined ? null : isoDate(d));

interface LicenceRow {
  id: string;
  instrument_id: string;
  holder: string;
  reference: string;
  valid_from: unknown;
  valid_until: unknown;
  digital_use: boolean;
  recorded_by: string;
  recorded_at: Date;
}

export function toLicence(row: LicenceRow): LicenceRecord & { id: string; recordedAt: string } {
  return {
    id: row.id,
    instrumentId: row.instrument_id as InstrumentId,
    holder: row.holder,
    reference: row.reference,
    validFrom: isoDate(row.valid_from),
    validUntil: isoDateOrNull(row.valid_until),
    digitalUse: row.digital_use,
    recordedAt: new Date(row.recorded_at).toISOString(),
  };
}

export async function listLicences(tx: Queryable) {
  const rows = await tx.query<LicenceRow>(`select * from instrument_licences order by recorded_at, id`);
  return rows.map(toLicence);
}

export async function findLicence(tx: Queryable, id: string) {
  const [row] = await tx.query<LicenceRow>(`select * from instrument_licences where id = $1`, [id]);
  return row ? toLicence(row) : null;
}

interface ContentRow {
  id: string;
  instrument_id: string;
  edition: string;
  copyright: string;
  languages: LicensedContent['languages'];
  scoring_key: LicensedContent['scoringKey'];
  loaded_at: Date;
}

const toContent = (row: ContentRow): LicensedContent & { id: string; loadedAt: string } => ({
  id: row.id,
  instrumentId: row.instrument_id as InstrumentId,
  edition: row.edition,
  copyright: row.copyright,
  languages: row.languages,
  scoringKey: row.scoring_key,
  loadedAt: new Date(row.loaded_at).toISOString(),
});

export async function findContent(tx: Queryable, id: string) {
  const [row] = await tx.query<ContentRow>(`select * from instrument_contents where id = $1`, [id]);
  return row ? toContent(row) : null;
}

export async function listContents(tx: Queryable) {
  const rows = await tx.query<ContentRow>(
    `select id, instrument_id, edition, copyright, '{}'::jsonb as languages, scoring_key, loaded_at
       from instrument_contents order by loaded_at, id`,
  );
  return rows.map(toContent);
}

/** The organisation's setups, with the licence and the loaded content they point to. */
export async function loadSetups(tx: Queryable, orgId: string): Promise<Map<InstrumentId, StoredSetup>> {
  const rows = await tx.query<{
    instrument_id: string;
    enabled: boolean;
    licence_id: string | null;
    content_id: string | null;
    version: number;
  }>(`select instrument_id, enabled, licence_id, content_id, version from instrument_setups where org_id = $1`, [orgId]);
  const out = new Map<InstrumentId, StoredSetup>();
  for (const row of rows) {
    if (!isInstrumentId(row.instrument_id)) continue;
    out.set(row.instrument_id, {
      instrumentId: row.instrument_id,
      enabled: row.enabled,
      licenceId: row.licence_id,
      contentId: row.content_id,
      licence: row.licence_id ? await findLicence(tx, row.licence_id) : null,
      content: row.content_id ? await findContent(tx, row.content_id) : null,
      version: row.version,
    });
  }
  return out;
}

/** Instruments the organisation can use in at least one mode (for the schedule). */
export function usableInstruments(
  setups: ReadonlyMap<InstrumentId, InstrumentSetup>,
  check: (id: InstrumentId, setup: InstrumentSetup) => boolean,
): Set<InstrumentId> {
  return new Set(INSTRUMENT_IDS.filter((id) => setups.has(id) && check(id, setups.get(id) as InstrumentSetup)));
}

export async function loadSettings(
  tx: Queryable,
  orgId: string,
): Promise<{ settings: MeasurementSettings; input: MeasurementSettingsInput; version: number }> {
  const [row] = await tx.query<{ settings: MeasurementSettingsInput; version: number }>(
    `select settings, version from measurement_settings where org_id = $1`,
    [orgId],
  );
  const input = row?.settings ?? {};
  return { settings: measurementSettings(input), input, version: row?.version ?? 0 };
}

interface AdministrationRow {
  id: string;
  administration_id: string;
  version: number;
  instrument_id: string;
  client_id: string;
  trajectory_id: string;
  occasion_id: string;
  moment: string;
  session_id: string | null;
  session_number: number | null;
  respondent: string;
  mode: 'digital' | 'paper';
  answers: Answers | null;
  scores: ScaleScore[] | null;
  administered_on: unknown;
  recorded_by: string;
  recorded_by_name: string | null;
  recorded_at: Date;
  correction_reason: string | null;
  content_id: string | null;
  filled_together: boolean;
}

export interface StoredVersion extends AdministrationVersion {
  sessionNumber: number | null;
  scores: ScaleScore[] | null;
  recordedByName: string | null;
  contentId: string | null;
  /** The therapist filled it in on screen together with the client (migration 0020). */
  filledTogether: boolean;
}

const toVersion = (row: AdministrationRow): StoredVersion => ({
  id: row.id,
  administrationId: row.administration_id,
  version: row.version,
  instrumentId: row.instrument_id as InstrumentId,
  clientId: row.client_id,
  trajectoryId: row.trajectory_id,
  occasionId: row.occasion_id,
  moment: row.moment as Moment,
  sessionId: row.session_id,
  sessionNumber: row.session_number,
  respondent: row.respondent as Respondent,
  mode: row.mode,
  answers: row.answers,
  scores: row.scores,
  administeredOn: isoDate(row.administered_on),
  recordedAt: new Date(row.recorded_at).toISOString(),
  recordedBy: row.recorded_by,
  recordedByName: row.recorded_by_name,
  correctionReason: row.correction_reason,
  contentId: row.content_id,
  filledTogether: row.filled_together,
});

const SELECT_VERSIONS = `select a.*, u.display_name as recorded_by_name,
      (select f.filled_together from measurement_administrations f
        where f.administration_id = a.administration_id and f.version = 1) as filled_together
    from measurement_administrations a left join users u on u.id = a.recorded_by`;

/** Every version of every administration of one trajectory (of this client). */
export async function loadTrajectoryVersions(
  tx: Queryable,
  orgId: string,
  clientId: string,
  trajectoryId: string,
): Promise<StoredVersion[]> {
  const rows = await tx.query<AdministrationRow>(
    `${SELECT_VERSIONS} where a.org_id = $3 and a.trajectory_id = $1 and a.client_id = $2
      order by a.administered_on, a.recorded_at, a.version`,
    [trajectoryId, clientId, orgId],
  );
  return rows.map(toVersion);
}

/** All versions of one administration (of this client). */
export async function loadAdministration(tx: Queryable, administrationId: string, clientId: string): Promise<StoredVersion[]> {
  const rows = await tx.query<AdministrationRow>(
    `${SELECT_VERSIONS} where a.administration_id = $1 and a.client_id = $2 order by a.version`,
    [administrationId, clientId],
  );
  return rows.map(toVersion);
}

/** The client an administration belongs to (to run the access check on), or null. */
export async function clientOfAdministration(tx: Queryable, administrationId: string): Promise<string | null> {
  const [row] = await tx.query<{ client_id: string }>(
    `select client_id from measurement_administrations where administration_id = $1 and version = 1`,
    [administrationId],
  );
  return row?.client_id ?? null;
}

/**
 * Store one version. The unique index on the first version (one per occasion, instrument and respondent) and
 * the unique (administration, version) make the database the judge under concurrent requests: the loser
 * gets the same 409 as core's check would give.
 */
export async function insertVersion(
  tx: Queryable,
  orgId: string,
  v: AdministrationVersion & { sessionNumber: number | null },
  scores: readonly ScaleScore[] | null,
  contentId: string | null,
  filledTogether = false,
): Promise<void> {
  const inserted = await tx.query(
    `insert into measurement_administrations
       (id, org_id, administration_id, version, instrument_id, client_id, trajectory_id, occasion_id, moment, session_id,
        session_number, respondent, mode, answers, scores, administered_on, recorded_by, recorded_at, correction_reason, content_id,
        filled_together)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
     on conflict do nothing returning id`,
    [
      v.id,
      orgId,
      v.administrationId,
      v.version,
      v.instrumentId,
      v.clientId,
      v.trajectoryId,
      v.occasionId,
      v.moment,
      v.sessionId,
      v.sessionNumber,
      v.respondent,
      v.mode,
      v.answers === null ? null : JSON.stringify(v.answers),
      scores === null ? null : JSON.stringify(scores),
      v.administeredOn,
      v.recordedBy,
      v.recordedAt,
      v.correctionReason,
      contentId,
      filledTogether,
    ],
  );
  if (inserted.length > 0) return;
  const code = v.version === 1 ? 'measurement.already_administered' : 'measurement.correction_of_superseded';
  const path = v.version === 1 ? '/body/occasionId' : '/body/basedOnVersion';
  throw new ProblemError(code, { errors: [{ path, message: code, code }] });
}

/**
 * Closed trajectories' current total scores of one instrument, per trajectory and session number: the
 * organisation's own reference data (design §7). The person being assessed is left out.
 */
export async function loadReferenceSeries(
  tx: Queryable,
  instrumentId: InstrumentId,
  excludeClientId: string,
): Promise<{ seriesId: string; points: { session: number; score: number }[] }[]> {
  const rows = await tx.query<{ trajectory_id: string; session_number: number; score: string }>(
    `select distinct on (a.administration_id) a.trajectory_id, a.session_number,
            (select (s ->> 'value') from jsonb_array_elements(a.scores) s where s ->> 'scale' = 'total') as score
       from measurement_administrations a join trajectories t on t.id = a.trajectory_id
      where a.instrument_id = $1 and a.client_id <> $2 and a.session_number is not null
        and t.state in ('afgesloten', 'overgedragen', 'doorverwezen')
      order by a.administration_id, a.version desc`,
    [instrumentId, excludeClientId],
  );
  const series = new Map<string, { session: number; score: number }[]>();
  for (const row of rows) {
    if (row.score === null) continue;
    series.set(row.trajectory_id, [
      ...(series.get(row.trajectory_id) ?? []),
      { session: row.session_number, score: Number(row.score) },
    ]);
  }
  return [...series.entries()].map(([seriesId, points]) => ({ seriesId, points }));
}
