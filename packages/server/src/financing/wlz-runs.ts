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
import {
  doubleFundingFinding,
  insertDraftRun,
  insertLines,
  listRuns,
  netTotal,
  sentReferences,
  takeNumbers,
  type BuiltRun,
  type DeclarationLine,
} from './declaration-store.js';
import { loadClientServices, loadFinancingContext } from './delivered-services.js';

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
     join (select client_id, max(version) as version from entitlement_versions group by client_id) latest
       on latest.client_id = w.client_id and latest.version = w.version
     where w.valid_from <= $2 and (w.valid_until is null or w.valid_until >= $1) order by w.client_id`,
    [start, end],
  );
  return rows.map((r) => r.client_id);
}

/**
 * Months of a client already declared: a debet line in a sent run, not rejected by the zorgkantoor. A draft does
 * not count, so a second build while it stands meets it in the unique index (409).
 */
async function alreadyDeclared(tx: Queryable, clientId: string, month: string): Promise<boolean> {
  const [row] = await tx.query<{ n: number }>(
    `select count(*)::int as n from declaration_lines l join declaration_runs r on r.id = l.run_id
     where l.route = 'wlz' and l.client_id = $1 and l.direction = 'D' and r.status in ('sent', 'answered')
       and to_char(l.period_start, 'YYYY-MM') = $2
       and not exists (select 1 from declaration_line_outcomes o where o.line_id = l.id and o.status = 'rejected')`,
    [clientId, month],
  );
  return (row?.n ?? 0) > 0;
}

interface ClientMonth {
  line: WlzClaimLine | null;
  findings: ReturnType<typeof doubleFundingFinding>[];
}

/** One client's month: the day activities the classification sends to the zorgkantoor, in dagdelen. */
async function clientMonth(tx: Queryable, clientId: string, month: string): Promise<ClientMonth> {
  const { start, end } = monthBounds(month);
  const ctx = await loadFinancingContext(tx, clientId);
  const { services } = await loadClientServices(tx, clientId, start, end);
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
  if (!built.line) return { line: null, findings };
  const firstDay = built.line.perDay.find((d) => d.dagdelen > 0)?.date ?? start;
  const indication = activeOn(ctx.person.entitlements.wlz, firstDay);
  return {
    line: wlzClaimLine(built.line, {
      reference: '',
      birthDate: ctx.person.birthDate,
      zorgkantoor: indication?.zorgkantoor ?? null,
    }),
    findings,
  };
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
  for (const clientId of await wlzClients(tx, month)) {
    if (await alreadyDeclared(tx, clientId, month)) continue;
    const { line, findings } = await clientMonth(tx, clientId, month);
    if (!line) continue;
    fresh.push(line);
    blockers.set(clientId, findings);
  }
  const corrections = await pendingCorrections(tx, 'wlz');
  const first = await takeNumbers(tx, orgId, 'wlz_reference', fresh.length + 2 * corrections.length);
  const referenceAt = (i: number) => `MW${String(first + i).padStart(10, '0')}`;
  const lines: WlzClaimLine[] = fresh.map((l, i) => ({ ...l, reference: referenceAt(i) }));
  for (const [i, pending] of corrections.entries()) {
    const original = wlzFromStored(pending.original);
    const now = (await clientMonth(tx, original.personId, original.period.start.slice(0, 7))).line;
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
  const offices = [...new Set(lines.map((l) => l.zorgkantoor ?? '0000'))].sort();
  const firstNumber = await takeNumbers(tx, orgId, 'wlz_declaration', offices.length);
  const built: BuiltRun[] = [];
  for (const [n, office] of offices.entries()) {
    const ofOffice = lines.filter((l) => (l.zorgkantoor ?? '0000') === office);
    const clientIds = [...new Set(ofOffice.map((l) => l.personId))];
    const result = checkWlzClaim(ofOffice, { month, date, senderAgb: org?.agb_code ?? null, usedReferences: used });
    const findings = [...result.findings, ...clientIds.flatMap((id) => blockers.get(id) ?? [])];
    const runId = await insertDraftRun(tx, {
      orgId,
      route: 'wlz',
      month,
      receiver: office,
      declarationNumber: `${month.replace('-', '')}${String(firstNumber + n).padStart(6, '0')}`,
      date,
      ...netTotal(ofOffice),
      checks: { findings, blocked: findings.length > 0 },
      userId,
    });
    await insertLines(tx, orgId, runId, 'wlz', ofOffice.map(wlzAsStored));
    const [summary] = await listRuns(tx, { id: runId });
    if (summary) built.push({ summary, clientIds });
  }
  return built;
}
