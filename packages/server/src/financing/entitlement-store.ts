import type { Entitlements, FinancingParameters } from '@meedoen/core';
import { DEFAULT_FINANCING_PARAMETERS, parametersInForce } from '@meedoen/core';
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
  return (await loadEntitlementsOf(tx, [clientId])).get(clientId) ?? { version: 0, bsn: null, entitlements: emptyEntitlements() };
}

/**
 * The current entitlements of many clients at once: one statement per kind of row for the whole set (a month's
 * declaration for thousands of persons reads seven statements, not seven per person), grouped per client in the
 * order each statement gives. A client without a saved version gets version 0 and nothing.
 */
export async function loadEntitlementsOf(tx: Queryable, clientIds: readonly string[]): Promise<Map<string, StoredEntitlements>> {
  const ids = [...new Set(clientIds)];
  const out = new Map<string, StoredEntitlements>(
    ids.map((id) => [id, { version: 0, bsn: null, entitlements: emptyEntitlements() }]),
  );
  if (ids.length === 0) return out;
  const latest = await tx.query<{ client_id: string; version: number }>(
    `select client_id, max(version)::int as version from entitlement_versions where client_id = any($1::uuid[])
     group by client_id`,
    [ids],
  );
  const saved = latest.filter((l) => l.version > 0);
  if (saved.length === 0) return out;
  for (const l of saved) out.set(l.client_id, { version: l.version, bsn: null, entitlements: emptyEntitlements() });
  const args = [saved.map((l) => l.client_id), saved.map((l) => l.version)];
  // Each client's rows of its latest version only: the (client, version) pairs joined in as one set.
  const current = (table: string) =>
    `from ${table} t join unnest($1::uuid[], $2::int[]) as v(client_id, version)
       on v.client_id = t.client_id and v.version = t.version`;
  const period = `${dateText('t.valid_from')} as "from", ${dateText('t.valid_until')} as "until"`;
  const of = (clientId: string) => out.get(clientId) as StoredEntitlements;
  for (const row of await tx.query<{ client_id: string; bsn: string }>(
    `select t.client_id, t.bsn ${current('client_identifiers')}`,
    args,
  ))
    of(row.client_id).bsn = row.bsn;
  const wlzRows = await tx.query<Entitlements['wlz'][number] & { client_id: string }>(
    `select t.client_id, ${period}, t.delivery_form as "deliveryForm", t.with_treatment as "withTreatment",
       t.stay_by_this_organisation as "stayByThisOrganisation", t.dagbesteding_in_stay as "dagbestedingInStay", t.zorgkantoor
     ${current('wlz_indications')} order by t.valid_from`,
    args,
  );
  // The zorgkantoor is given only where recorded (0024), so indications saved before read as they were.
  for (const { client_id, zorgkantoor, ...w } of wlzRows)
    of(client_id).entitlements.wlz.push(zorgkantoor ? { ...w, zorgkantoor } : w);
  const wmo = await tx.query<Entitlements['wmo'][number] & { client_id: string }>(
    `select t.client_id, ${period}, t.allocation_number as "allocationNumber", t.municipality_code as "municipalityCode",
       t.product_category as "productCategory", t.product_code as "productCode", t.volume, t.unit, t.frequency,
       t.tariff_cents as "tariffCents"
     ${current('wmo_allocations')} order by t.valid_from, t.allocation_number`,
    args,
  );
  for (const { client_id, ...a } of wmo) of(client_id).entitlements.wmo.push(a);
  const jeugdwet = await tx.query<Entitlements['jeugdwet'][number] & { client_id: string }>(
    `select t.client_id, ${period}, t.continued_after_18 as "continuedAfter18" ${current('youth_care_decisions')}
     order by t.valid_from`,
    args,
  );
  for (const { client_id, ...j } of jeugdwet) of(client_id).entitlements.jeugdwet.push(j);
  const participatiewet = await tx.query<Entitlements['participatiewet'][number] & { client_id: string }>(
    `select t.client_id, ${period}, t.kind ${current('participatiewet_arrangements')} order by t.valid_from`,
    args,
  );
  for (const { client_id, ...p } of participatiewet) of(client_id).entitlements.participatiewet.push(p);
  const insurance = await tx.query<Entitlements['insurance'][number] & { client_id: string }>(
    `select t.client_id, ${period}, t.uzovi, t.insured_number as "insuredNumber",
       t.supplementary_policy_id as "supplementaryPolicyId"
     ${current('insurances')} order by t.valid_from`,
    args,
  );
  for (const { client_id, ...i } of insurance) of(client_id).entitlements.insurance.push(i);
  return out;
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

/**
 * The financing parameter sets in force: the organisation's own, and core's defaults for the periods its own sets
 * do not touch (so adding next year's contract keeps this year's defaults).
 */
export async function loadFinancingParameters(tx: Queryable): Promise<readonly FinancingParameters[]> {
  const rows = await tx.query<{ document: FinancingParameters }>(
    `select document from financing_parameter_sets order by valid_from`,
  );
  return parametersInForce(
    rows.map((row) => row.document),
    DEFAULT_FINANCING_PARAMETERS,
  );
}

/** A BSN shown on screen: only the last three digits. */
export function maskBsn(bsn: string | null): string | null {
  return bsn === null ? null : `******${bsn.slice(-3)}`;
}
