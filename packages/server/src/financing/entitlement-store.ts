import type { Entitlements, FinancingParameters } from '@meedoen/core';
import { DEFAULT_FINANCING_PARAMETERS } from '@meedoen/core';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../errors/problem.js';

/**
 * A client's entitlements and BSN, stored append-only: every save is a new version (entitlement_versions),
 * and the rows of the latest version are the current ones (docs/design/financing-api.md §2.2, §3).
 */
export interface StoredEntitlements {
  version: number;
  bsn: string | null;
  entitlements: Entitlements;
}

const dateText = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

export async function loadEntitlements(tx: Queryable, clientId: string): Promise<StoredEntitlements> {
  const [latest] = await tx.query<{ version: number }>(
    `select max(version)::int as version from entitlement_versions where client_id = $1`,
    [clientId],
  );
  const version = latest?.version ?? 0;
  if (version === 0) return { version: 0, bsn: null, entitlements: emptyEntitlements() };
  const args = [clientId, version];
  const where = `where client_id = $1 and version = $2`;
  const period = `${dateText('valid_from')} as "from", ${dateText('valid_until')} as "until"`;
  const [bsn] = await tx.query<{ bsn: string }>(`select bsn from client_identifiers ${where}`, args);
  const wlzRows = await tx.query<Entitlements['wlz'][number]>(
    `select ${period}, delivery_form as "deliveryForm", with_treatment as "withTreatment",
       stay_by_this_organisation as "stayByThisOrganisation", dagbesteding_in_stay as "dagbestedingInStay", zorgkantoor
     from wlz_indications ${where} order by valid_from`,
    args,
  );
  // The zorgkantoor is given only where recorded (0024), so indications saved before read as they were.
  const wlz = wlzRows.map(({ zorgkantoor, ...w }) => (zorgkantoor ? { ...w, zorgkantoor } : w));
  const wmo = await tx.query<Entitlements['wmo'][number]>(
    `select ${period}, allocation_number as "allocationNumber", municipality_code as "municipalityCode",
       product_category as "productCategory", product_code as "productCode", volume, unit, frequency,
       tariff_cents as "tariffCents"
     from wmo_allocations ${where} order by valid_from, allocation_number`,
    args,
  );
  const jeugdwet = await tx.query<Entitlements['jeugdwet'][number]>(
    `select ${period}, continued_after_18 as "continuedAfter18" from youth_care_decisions ${where} order by valid_from`,
    args,
  );
  const participatiewet = await tx.query<Entitlements['participatiewet'][number]>(
    `select ${period}, kind from participatiewet_arrangements ${where} order by valid_from`,
    args,
  );
  const insurance = await tx.query<Entitlements['insurance'][number]>(
    `select ${period}, uzovi, insured_number as "insuredNumber", supplementary_policy_id as "supplementaryPolicyId"
     from insurances ${where} order by valid_from`,
    args,
  );
  return { version, bsn: bsn?.bsn ?? null, entitlements: { wlz, wmo, jeugdwet, participatiewet, insurance } };
}

export function emptyEntitlements(): Entitlements {
  return { wlz: [], wmo: [], jeugdwet: [], participatiewet: [], insurance: [] };
}

/**
 * Save a new version when the caller saw `expected`; a parallel save on the same version loses on the
 * primary key (409, nothing lost). The previous version's rows stay as they were.
 */
export async function saveEntitlements(
  tx: Queryable,
  orgId: string,
  clientId: string,
  userId: string,
  expected: number,
  bsn: string | null,
  e: Entitlements,
): Promise<number> {
  const version = expected + 1;
  const inserted = await tx.query(
    `insert into entitlement_versions (org_id, client_id, version, recorded_by)
     select $1, $2, $3, $4 where coalesce((select max(version) from entitlement_versions where client_id = $2), 0) = $5
     on conflict do nothing returning version`,
    [orgId, clientId, version, userId, expected],
  );
  if (inserted.length === 0) throw new ProblemError('resource.version_conflict');
  const base = [orgId, clientId, version];
  if (bsn !== null)
    await tx.query(`insert into client_identifiers (org_id, client_id, version, bsn) values ($1, $2, $3, $4)`, [...base, bsn]);
  for (const w of e.wlz)
    await tx.query(
      `insert into wlz_indications (org_id, client_id, version, valid_from, valid_until, delivery_form, with_treatment,
         stay_by_this_organisation, dagbesteding_in_stay, zorgkantoor) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        ...base,
        w.from,
        w.until,
        w.deliveryForm,
        w.withTreatment,
        w.stayByThisOrganisation,
        w.dagbestedingInStay,
        w.zorgkantoor ?? null,
      ],
    );
  for (const a of e.wmo)
    await tx.query(
      `insert into wmo_allocations (org_id, client_id, version, valid_from, valid_until, allocation_number, municipality_code,
         product_category, product_code, volume, unit, frequency, tariff_cents, source)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,
         -- read in from a 301 message when its receipt is there (0019), else entered by hand
         case when exists (select 1 from wmo301_receipts r where r.client_id = $2 and r.municipality_code = $7
           and r.allocation_number = $6) then 'wmo301' else 'manual' end)`,
      [
        ...base,
        a.from,
        a.until,
        a.allocationNumber,
        a.municipalityCode,
        a.productCategory,
        a.productCode,
        a.volume,
        a.unit,
        a.frequency,
        a.tariffCents,
      ],
    );
  for (const j of e.jeugdwet)
    await tx.query(
      `insert into youth_care_decisions (org_id, client_id, version, valid_from, valid_until, continued_after_18)
       values ($1, $2, $3, $4, $5, $6)`,
      [...base, j.from, j.until, j.continuedAfter18],
    );
  for (const p of e.participatiewet)
    await tx.query(
      `insert into participatiewet_arrangements (org_id, client_id, version, valid_from, valid_until, kind)
       values ($1, $2, $3, $4, $5, $6)`,
      [...base, p.from, p.until, p.kind],
    );
  for (const i of e.insurance)
    await tx.query(
      `insert into insurances (org_id, client_id, version, valid_from, valid_until, uzovi, insured_number, supplementary_policy_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [...base, i.from, i.until, i.uzovi, i.insuredNumber, i.supplementaryPolicyId],
    );
  return version;
}

/** The organisation's financing parameter sets; core's defaults when it has configured none. */
export async function loadFinancingParameters(tx: Queryable): Promise<readonly FinancingParameters[]> {
  const rows = await tx.query<{ document: FinancingParameters }>(
    `select document from financing_parameter_sets order by valid_from`,
  );
  return rows.length > 0 ? rows.map((row) => row.document) : DEFAULT_FINANCING_PARAMETERS;
}

/** A BSN shown on screen: only the last three digits. */
export function maskBsn(bsn: string | null): string | null {
  return bsn === null ? null : `******${bsn.slice(-3)}`;
}
