import {
  activeOn,
  buildWlzDayActivityLine,
  checkWlzClaim,
  monthBounds,
  personMonthOverview,
  wlzClaimLine,
  type AttendedDay,
  type WlzClaimLine,
} from '@meedoen/core';
import type { Queryable } from '../db/database.js';
import { correctionLines, pendingCorrections } from './declaration-corrections.js';
import { doubleFundingFinding, sentReferences, takeNumbers, type BuiltRun, type DeclarationLine } from './declaration-store.js';
import { loadFinancingContextsOf, loadServicesOf } from './delivered-services.js';
import { insertReceiverRuns } from './receiver-runs.js';

/**
 * Monthly Wlz runs (issue 12): one per zorgkantoor, a line per Wlz client with the month's day activities in
 * dagdelen (002 L1048-1049; REFERENCE.md §9) — only what the classification routes to a separate Wlz prestatie
 * (not what belongs to this institution's stay package).
 */

const DAY_RECORDS = ['day_activity_attendance', 'external_activity', 'online_activity'];

export function wlzAsStored(l: WlzClaimLine): DeclarationLine {
  return {
    reference: l.reference,
    previousReference: l.previousReference,
    personId: l.personId,
    bsn: l.bsn,
    allocationNumber: null,
    productCategory: null,
    productCode: l.prestatieCode,
    period: l.period,
    volume: l.dagdelen,
    // iStandaarden unit 16: dagdeel (4 uur), REFERENCE.md §9.2
    unit: '16',
    tariffCents: l.tariffCents,
    amountCents: l.amountCents,
    direction: l.direction,
    detail: { zorgkantoor: l.zorgkantoor, birthDate: l.birthDate },
  };
}

export function wlzFromStored(l: DeclarationLine): WlzClaimLine {
  const d = (l.detail ?? {}) as Record<string, unknown>;
  return {
    reference: l.reference,
    previousReference: l.previousReference,
    personId: l.personId,
    bsn: l.bsn,
    birthDate: typeof d.birthDate === 'string' ? d.birthDate : '',
    zorgkantoor: typeof d.zorgkantoor === 'string' ? d.zorgkantoor : null,
    period: l.period,
    prestatieCode: l.productCode,
    dagdelen: l.volume,
    tariffCents: l.tariffCents,
    amountCents: l.amountCents,
    direction: l.direction,
  };
}

/** Clients whose current Wlz indication covers part of the month. */
async function wlzClients(tx: Queryable, month: string): Promise<string[]> {
  const { start, end } = monthBounds(month);
  const rows = await tx.query<{ client_id: string }>(
    `select distinct w.client_id from wlz_indications w
     where w.valid_from <= $2 and (w.valid_until is null or w.valid_until >= $1)
       and w.version = (select max(v.version) from entitlement_versions v where v.client_id = w.client_id)
     order by w.client_id`,
    [start, end],
  );
  return rows.map((r) => r.client_id);
}

/**
 * Of these clients, those whose month is already declared: a debet line in a sent run, not rejected by the
 * zorgkantoor. A draft does not count, so a second build while it stands meets it in the unique index (409).
 */
async function alreadyDeclared(tx: Queryable, clientIds: readonly string[], month: string): Promise<Set<string>> {
  if (clientIds.length === 0) return new Set();
  const rows = await tx.query<{ client_id: string }>(
    `select distinct l.client_id from declaration_lines l join declaration_runs r on r.id = l.run_id
     where l.route = 'wlz' and l.client_id = any($1::uuid[]) and l.direction = 'D' and r.status in ('sent', 'answered')
       and to_char(l.period_start, 'YYYY-MM') = $2
       and not exists (select 1 from declaration_line_outcomes o where o.line_id = l.id and o.status = 'rejected')`,
    [[...clientIds], month],
  );
  return new Set(rows.map((r) => r.client_id));
}

interface ClientMonth {
  line: WlzClaimLine | null;
  findings: ReturnType<typeof doubleFundingFinding>[];
}

/**
 * Each client's month: the day activities the classification sends to the zorgkantoor, in dagdelen (contexts and
 * services read once for the whole set of clients).
 */
async function clientMonths(tx: Queryable, clientIds: readonly string[], month: string): Promise<Map<string, ClientMonth>> {
  const { start, end } = monthBounds(month);
  const ids = [...new Set(clientIds)];
  const contexts = await loadFinancingContextsOf(tx, ids);
  const servicesOf = await loadServicesOf(tx, ids, start, end);
  const out = new Map<string, ClientMonth>();
  for (const clientId of ids) {
    const ctx = contexts.get(clientId);
    if (!ctx) throw new Error(`client ${clientId} not found after the access check`);
    const services = servicesOf.get(clientId)?.services ?? [];
    const overview = personMonthOverview(services, ctx, month);
    const wlzServices = new Set(
      overview.lines.filter((l) => l.frame === 'wlz' && l.route === 'wlz_prestatie').map((l) => l.serviceId),
    );
    const days: AttendedDay[] = services
      .filter((s) => wlzServices.has(s.id) && DAY_RECORDS.includes(s.recordType))
      .map((s) => ({ date: s.date, status: s.setting === 'online' ? 'online' : 'aanwezig', minutes: s.minutes }));
    const findings = overview.blockers.map((b) =>
      doubleFundingFinding(
        b.code === 'financing.double_funding_overlap' ? 'double_funding_overlap' : 'double_funding_same_service',
        `/clients/${clientId}${b.path}`,
      ),
    );
    const built = buildWlzDayActivityLine(month, days, ctx);
    if (!built.line) {
      out.set(clientId, { line: null, findings });
      continue;
    }
    const firstDay = built.line.perDay.find((d) => d.dagdelen > 0)?.date ?? start;
    const indication = activeOn(ctx.person.entitlements.wlz, firstDay);
    out.set(clientId, {
      line: wlzClaimLine(built.line, {
        reference: '',
        birthDate: ctx.person.birthDate,
        zorgkantoor: indication?.zorgkantoor ?? null,
      }),
      findings,
    });
  }
  return out;
}

/** Build the month's Wlz draft runs, one per zorgkantoor; a second draft for a zorgkantoor and month → 409. */
export async function buildWlzRuns(
  tx: Queryable,
  orgId: string,
  userId: string,
  month: string,
  date: string,
): Promise<BuiltRun[]> {
  const [org] = await tx.query<{ agb_code: string | null }>(`select agb_code from organisations where id = $1`, [orgId]);
  const fresh: WlzClaimLine[] = [];
  const blockers = new Map<string, ClientMonth['findings']>();
  const candidates = await wlzClients(tx, month);
  const declared = await alreadyDeclared(tx, candidates, month);
  const open = candidates.filter((id) => !declared.has(id));
  const months = await clientMonths(tx, open, month);
  for (const clientId of open) {
    const { line, findings } = months.get(clientId) ?? { line: null, findings: [] };
    if (!line) continue;
    fresh.push(line);
    blockers.set(clientId, findings);
  }
  const corrections = await pendingCorrections(tx, 'wlz');
  const first = await takeNumbers(tx, orgId, 'wlz_reference', fresh.length + 2 * corrections.length);
  const referenceAt = (i: number) => `MW${String(first + i).padStart(10, '0')}`;
  const lines: WlzClaimLine[] = fresh.map((l, i) => ({ ...l, reference: referenceAt(i) }));
  // Corrections: each month they go back to read once for the persons corrected in it.
  const originals = corrections.map((c) => wlzFromStored(c.original));
  const monthsBack = new Map<string, Map<string, ClientMonth>>();
  for (const back of new Set(originals.map((o) => o.period.start.slice(0, 7))))
    monthsBack.set(
      back,
      await clientMonths(
        tx,
        originals.filter((o) => o.period.start.startsWith(back)).map((o) => o.personId),
        back,
      ),
    );
  for (const [i, original] of originals.entries()) {
    const now = monthsBack.get(original.period.start.slice(0, 7))?.get(original.personId)?.line ?? null;
    lines.push(
      ...correctionLines(
        { original },
        { credit: referenceAt(fresh.length + 2 * i) },
        now ? { ...now, reference: referenceAt(fresh.length + 2 * i + 1) } : null,
      ),
    );
  }
  const used = await sentReferences(
    tx,
    'wlz',
    lines.map((l) => l.reference),
  );
  return insertReceiverRuns(
    tx,
    { orgId, userId, route: 'wlz', month, date },
    lines,
    (l) => l.zorgkantoor,
    blockers,
    async (ofOffice) => ({
      findings: checkWlzClaim(ofOffice, { month, date, senderAgb: org?.agb_code ?? null, usedReferences: used }).findings,
      stored: ofOffice.map(wlzAsStored),
    }),
  );
}
