import {
  buildWmoMonthLine,
  checkIwmoDeclaration,
  groupWmoDeclarations,
  IWMO_CHECKS,
  monthBounds,
  personMonthOverview,
  toWmo323Message,
  type AttendanceStatus,
  type AttendedDay,
  type ReceiverFinding,
  type SentWmoLine,
  type WmoAllocation,
  type Wmo323Declaration,
  type Wmo323Line,
} from '@meedoen/core';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../errors/problem.js';
import { correctionLines, pendingCorrections } from './declaration-corrections.js';
import type { DeclarationLine } from './declaration-line.js';
import { loadFinancingContextsOf, loadServicesOf } from './delivered-services.js';

/**
 * Monthly iWmo 323 declaration runs: lines from the current Wmo allocations and the month's attendance at
 * maatwerk offers, checked as the municipality would before anything is sent (REFERENCE.md §9.3).
 */

export interface RunSummary {
  id: string;
  route: string;
  month: string;
  receiver: string;
  status: 'draft' | 'sent' | 'answered' | 'discarded';
  declarationNumber: string;
  dagtekening: string;
  totalCents: number;
  totalDirection: 'D' | 'C';
  checks: { findings: ReceiverFinding[]; blocked: boolean };
  createdAt: string;
  sentAt: string | null;
  /** What the receiver awarded in its latest answer; null before an answer. */
  awardedCents: number | null;
}

/** A line of any route as stored: iWmo lines carry an allocation; PM304 and Wlz lines carry their `detail`. */
export type { DeclarationLine };

export interface StoredLine extends DeclarationLine {
  id: string;
  clientName: string;
  outcome: { status: 'accepted' | 'rejected'; returnCodes: string[] } | null;
  /** The credit + new line asked for this sent line, with its reason (issue 12). */
  correction: { reason: string; requestedAt: string } | null;
}

type AllocationRow = WmoAllocation & { clientId: string; bsn: string | null };

async function currentAllocations(tx: Queryable, month: string): Promise<AllocationRow[]> {
  const { start, end } = monthBounds(month);
  return tx.query<AllocationRow>(
    `select a.client_id as "clientId", i.bsn, to_char(a.valid_from, 'YYYY-MM-DD') as "from",
       to_char(a.valid_until, 'YYYY-MM-DD') as "until", a.allocation_number as "allocationNumber",
       a.municipality_code as "municipalityCode", a.product_category as "productCategory", a.product_code as "productCode",
       a.volume, a.unit, a.frequency, a.tariff_cents as "tariffCents"
     from wmo_allocations a
     left join client_identifiers i on i.client_id = a.client_id and i.version = a.version
     where a.valid_from <= $2 and (a.valid_until is null or a.valid_until >= $1)
       -- the client's latest version, looked up per allocation in (client_id, version desc): no plan that
       -- recomputes every client's latest version per row when the statistics are thin (issue 12 benchmark)
       and a.version = (select max(v.version) from entitlement_versions v where v.client_id = a.client_id)
     order by a.municipality_code, a.client_id, a.allocation_number`,
    [start, end],
  );
}

/** The month's attendance at maatwerk (Wmo) offers, per client. */
async function wmoAttendance(tx: Queryable, clientIds: readonly string[], month: string) {
  const { start, end } = monthBounds(month);
  const rows = await tx.query<{ client_id: string; date: string; status: AttendanceStatus; minutes: number }>(
    `select a.client_id, to_char(o.date, 'YYYY-MM-DD') as date, a.status, a.minutes
     from attendance_records a
     join occurrences o on o.id = a.occurrence_id
     join activity_groups g on g.id = o.group_id
     join offers f on f.id = g.offer_id
     where a.client_id = any($1::uuid[]) and o.date between $2 and $3 and f.access = 'wmo_maatwerk'
       and not exists (select 1 from attendance_records later where later.supersedes = a.id)`,
    [[...clientIds], start, end],
  );
  const byClient = new Map<string, AttendedDay[]>();
  for (const r of rows)
    byClient.set(r.client_id, [...(byClient.get(r.client_id) ?? []), { date: r.date, status: r.status, minutes: r.minutes }]);
  return byClient;
}

/**
 * Which of these line references a sent or answered run of the route already holds (TR314: a reference is
 * used once per provider, ever). Asked for the run's own references only, so a build does not read the
 * organisation's whole declaration history; the unique index (org_id, route, reference) is the backstop.
 */
export async function sentReferences(tx: Queryable, route: string, references: readonly string[]): Promise<string[]> {
  const rows = await tx.query<{ reference: string }>(
    `select l.reference from declaration_lines l join declaration_runs r on r.id = l.run_id
      where l.route = $1 and l.reference = any($2::text[]) and r.status in ('sent', 'answered')`,
    [route, [...references]],
  );
  return rows.map((r) => r.reference);
}

/** `count` consecutive numbers from the organisation's counter for a route (row lock: no two runs share one). */
export async function takeNumbers(tx: Queryable, orgId: string, counter: string, count: number): Promise<number> {
  await tx.query(
    `insert into declaration_counters (org_id, route, next_value) values ($1, $2, 1) on conflict (org_id, route) do nothing`,
    [orgId, counter],
  );
  const [row] = await tx.query<{ first: string }>(
    `update declaration_counters set next_value = next_value + $3 where org_id = $1 and route = $2 returning next_value - $3 as first`,
    [orgId, counter, count],
  );
  return Number(row?.first ?? 1);
}

/** Lines of earlier sent runs with what the municipality answered (for TR314, TR322, TR323). */
async function history(tx: Queryable): Promise<SentWmoLine[]> {
  const rows = await tx.query<Wmo323Line & { status: SentWmoLine['status'] }>(
    `select l.reference, l.previous_reference as "previousReference", l.client_id as "personId", l.bsn,
       l.allocation_number as "allocationNumber", l.product_category as "productCategory", l.product_code as "productCode",
       json_build_object('start', to_char(l.period_start, 'YYYY-MM-DD'), 'end', to_char(l.period_end, 'YYYY-MM-DD')) as period,
       l.volume, l.unit, l.tariff_cents as "tariffCents", l.amount_cents::int as "amountCents", l.direction,
       coalesce((select o.status from declaration_line_outcomes o where o.line_id = l.id limit 1), 'sent') as status
     from declaration_lines l join declaration_runs r on r.id = l.run_id
     where r.route = 'iwmo_323' and r.status in ('sent', 'answered')`,
  );
  return rows;
}

export function doubleFundingFinding(
  check: 'double_funding_overlap' | 'double_funding_same_service',
  path: string,
): ReceiverFinding {
  // The receivers cannot see other payers: double funding has no return code on any route; we block it ourselves.
  const def = IWMO_CHECKS[check];
  return {
    check,
    problem: def.problem,
    returnCode: def.returnCode,
    confirmed: def.confirmed,
    level: 'client',
    path,
    reference: null,
    source: def.source,
  };
}

export interface BuiltRun {
  summary: RunSummary;
  clientIds: string[];
}

/**
 * Build the month's draft runs, one per municipality. A second draft for the same municipality and month
 * is refused by the database (unique index): 409 `financing.already_declared`.
 */
export async function buildIwmoRuns(
  tx: Queryable,
  orgId: string,
  userId: string,
  month: string,
  date: string,
): Promise<BuiltRun[]> {
  const [org] = await tx.query<{ agb_code: string | null }>(`select agb_code from organisations where id = $1`, [orgId]);
  const allocations = await currentAllocations(tx, month);
  const attendance = await wmoAttendance(tx, [...new Set(allocations.map((a) => a.clientId))], month);
  const candidates: { municipalityCode: string; allocation: AllocationRow; days: AttendedDay[] }[] = [];
  for (const allocation of allocations) {
    const days = (attendance.get(allocation.clientId) ?? []).filter(
      (d) => d.date >= allocation.from && (allocation.until === null || d.date <= allocation.until),
    );
    if (days.length > 0) candidates.push({ municipalityCode: allocation.municipalityCode, allocation, days });
  }
  const corrections = await pendingCorrections(tx, 'iwmo_323');
  const firstReference = await takeNumbers(tx, orgId, 'iwmo_323_reference', candidates.length + 2 * corrections.length);
  const referenceAt = (i: number) => `MD${String(firstReference + i).padStart(10, '0')}`;
  const lines: { municipalityCode: string; line: Wmo323Line }[] = [];
  candidates.forEach((c, i) => {
    const line = buildWmoMonthLine({
      month,
      person: { id: c.allocation.clientId, bsn: c.allocation.bsn },
      allocation: c.allocation,
      days: c.days,
      reference: referenceAt(i),
    });
    if (line) lines.push({ municipalityCode: c.municipalityCode, line });
  });
  // Corrections asked for since: a credit line for the sent line, and the line as the data now derive it.
  const correctionAllocations: AllocationRow[] = [];
  // Read once per month the corrections go back to (allocations, and the attendance of the persons corrected).
  const correctionMonths = new Map<string, { allocations: AllocationRow[]; attendance: Map<string, AttendedDay[]> }>();
  for (const back of new Set(corrections.map((c) => c.original.period.start.slice(0, 7)))) {
    const persons = corrections.filter((c) => c.original.period.start.startsWith(back)).map((c) => c.original.personId);
    correctionMonths.set(back, {
      allocations: await currentAllocations(tx, back),
      attendance: await wmoAttendance(tx, [...new Set(persons)], back),
    });
  }
  for (const [i, pending] of corrections.entries()) {
    const { original } = pending;
    const originalMonth = original.period.start.slice(0, 7);
    const read = correctionMonths.get(originalMonth);
    const allocation = read?.allocations.find(
      (a) => a.clientId === original.personId && a.allocationNumber === original.allocationNumber,
    );
    if (allocation) correctionAllocations.push(allocation);
    const days = allocation ? (read?.attendance.get(original.personId) ?? []) : [];
    const recomputed = allocation
      ? buildWmoMonthLine({
          month: originalMonth,
          person: { id: original.personId, bsn: allocation.bsn },
          allocation,
          days: days.filter((d) => d.date >= allocation.from && (allocation.until === null || d.date <= allocation.until)),
          reference: referenceAt(candidates.length + 2 * i + 1),
        })
      : null;
    const sentLine = { ...original, detail: null } as Wmo323Line & { detail: null };
    for (const { detail: _d, ...line } of correctionLines(
      { original: sentLine },
      { credit: referenceAt(candidates.length + 2 * i) },
      recomputed ? { ...recomputed, detail: null } : null,
    ))
      lines.push({ municipalityCode: pending.receiver, line });
  }
  const municipalities = [...new Set(lines.map((l) => l.municipalityCode))].sort();
  const firstNumber = await takeNumbers(tx, orgId, 'iwmo_323_declaration', municipalities.length);
  const numberOf = new Map(
    municipalities.map((m, i) => [m, `${month.replace('-', '')}${String(firstNumber + i).padStart(6, '0')}`]),
  );
  const declarations = groupWmoDeclarations(month, lines, (m) => numberOf.get(m) ?? '', date);

  const sent = await history(tx);
  const used = (
    await tx.query<{ declaration_number: string }>(`select declaration_number from declaration_runs where route = 'iwmo_323'`)
  ).map((r) => r.declaration_number);
  // No minute paid twice: each person's month, as the Financiering tab shows it, blocks on double funding.
  const blockers = await doubleFundingBlockersOf(
    tx,
    lines.map((l) => l.line.personId),
    month,
  );

  const built: BuiltRun[] = [];
  for (const declaration of declarations) {
    const result = checkIwmoDeclaration(declaration, {
      senderAgb: org?.agb_code ?? null,
      allocations: [
        ...allocations,
        ...correctionAllocations.filter((c) => !allocations.some((a) => a.allocationNumber === c.allocationNumber)),
      ].map(({ clientId: _c, ...a }) => a),
      history: sent,
      usedDeclarationNumbers: used,
    });
    const clientIds = [...new Set(declaration.lines.map((l) => l.personId))];
    const findings = [...result.findings, ...clientIds.flatMap((id) => blockers.get(id) ?? [])];
    const checks = { findings, blocked: findings.length > 0 };
    const runId = await insertDraftRun(tx, {
      orgId,
      route: 'iwmo_323',
      month,
      receiver: declaration.municipalityCode,
      declarationNumber: declaration.declarationNumber,
      date,
      totalCents: declaration.totalCents,
      totalDirection: declaration.totalDirection,
      checks,
      userId,
    });
    await insertLines(
      tx,
      orgId,
      runId,
      'iwmo_323',
      declaration.lines.map((l) => ({ ...l, detail: null })),
    );
    const [summary] = await listRuns(tx, { id: runId });
    if (summary) built.push({ summary, clientIds });
  }
  return built;
}

/**
 * Per client, what blocks declaring the month because a minute would be paid twice (issue 12): the month overview
 * of the Financiering tab, so every route blocks on the same findings.
 */
export async function doubleFundingBlockersOf(
  tx: Queryable,
  clientIds: readonly string[],
  month: string,
  extra?: (clientId: string) => Parameters<typeof personMonthOverview>[3],
): Promise<Map<string, ReceiverFinding[]>> {
  const blockers = new Map<string, ReceiverFinding[]>();
  const { start, end } = monthBounds(month);
  const ids = [...new Set(clientIds)];
  // Set-based: every person's context and services in a few statements for the whole month, not per person.
  const contexts = await loadFinancingContextsOf(tx, ids);
  const services = await loadServicesOf(tx, ids, start, end);
  for (const clientId of ids) {
    const ctx = contexts.get(clientId);
    if (!ctx) throw new Error(`client ${clientId} not found after the access check`);
    const overview = personMonthOverview(services.get(clientId)?.services ?? [], ctx, month, extra?.(clientId));
    blockers.set(
      clientId,
      overview.blockers.map((b) =>
        doubleFundingFinding(
          b.code === 'financing.double_funding_overlap' ? 'double_funding_overlap' : 'double_funding_same_service',
          `/clients/${clientId}${b.path}`,
        ),
      ),
    );
  }
  return blockers;
}

/**
 * Insert a draft run. A second draft for the same route, receiver and month is refused by the unique index
 * (declaration_runs_one_draft): 409 `financing.already_declared`, also when two requests race.
 */
export async function insertDraftRun(
  tx: Queryable,
  run: {
    orgId: string;
    route: 'iwmo_323' | 'pm304' | 'wlz';
    month: string;
    receiver: string;
    declarationNumber: string;
    date: string;
    totalCents: number;
    totalDirection: 'D' | 'C';
    checks: { findings: ReceiverFinding[]; blocked: boolean };
    userId: string;
  },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into declaration_runs (org_id, route, month, receiver, status, declaration_number, dagtekening, total_cents,
       total_direction, checks, created_by)
     values ($1, $2, $3, $4, 'draft', $5, $6, $7, $8, $9, $10) on conflict do nothing returning id`,
    [
      run.orgId,
      run.route,
      run.month,
      run.receiver,
      run.declarationNumber,
      run.date,
      run.totalCents,
      run.totalDirection,
      JSON.stringify(run.checks),
      run.userId,
    ],
  );
  if (!row) throw new ProblemError('financing.already_declared');
  return row.id;
}

/** The net total of lines (debet minus credit) as an amount with its direction. */
export function netTotal(lines: readonly { amountCents: number; direction: 'D' | 'C' }[]): {
  totalCents: number;
  totalDirection: 'D' | 'C';
} {
  const net = lines.reduce((a, l) => a + (l.direction === 'D' ? l.amountCents : -l.amountCents), 0);
  return { totalCents: Math.abs(net), totalDirection: net < 0 ? 'C' : 'D' };
}

/** All lines of a run in one statement (a month for many persons is one round trip, not one per line). */
export async function insertLines(
  tx: Queryable,
  orgId: string,
  runId: string,
  route: 'iwmo_323' | 'pm304' | 'wlz',
  lines: readonly DeclarationLine[],
): Promise<void> {
  if (lines.length === 0) return;
  const rows = lines.map((l) => ({
    client_id: l.personId,
    reference: l.reference,
    previous_reference: l.previousReference,
    bsn: l.bsn,
    allocation_number: l.allocationNumber,
    product_category: l.productCategory,
    product_code: l.productCode,
    period_start: l.period.start,
    period_end: l.period.end,
    volume: l.volume,
    unit: l.unit,
    tariff_cents: l.tariffCents,
    amount_cents: l.amountCents,
    direction: l.direction,
    detail: l.detail,
  }));
  await tx.query(
    `insert into declaration_lines (org_id, run_id, route, client_id, reference, previous_reference, bsn, allocation_number,
       product_category, product_code, period_start, period_end, volume, unit, tariff_cents, amount_cents, direction, detail)
     select $1, $2, $4, x.client_id, x.reference, x.previous_reference, x.bsn, x.allocation_number, x.product_category,
       x.product_code, x.period_start, x.period_end, x.volume, x.unit, x.tariff_cents, x.amount_cents, x.direction, x.detail
     from json_to_recordset($3::json) as x(client_id uuid, reference text, previous_reference text, bsn text,
       allocation_number text, product_category text, product_code text, period_start date, period_end date, volume integer,
       unit text, tariff_cents integer, amount_cents bigint, direction text, detail jsonb)`,
    [orgId, runId, JSON.stringify(rows), route],
  );
}

export async function listRuns(tx: Queryable, filter: { id?: string; month?: string; route?: string }): Promise<RunSummary[]> {
  return tx.query<RunSummary>(
    `select r.id, r.route, r.month, r.receiver, r.status, r.declaration_number as "declarationNumber",
       to_char(r.dagtekening, 'YYYY-MM-DD') as dagtekening, r.total_cents::int as "totalCents",
       r.total_direction as "totalDirection", r.checks, r.created_at as "createdAt", r.sent_at as "sentAt",
       -- what the receiver awarded, from its latest answer (the sent run itself never changes)
       (select (a.outcome->>'awardedCents')::int from declaration_answers a where a.run_id = r.id
         order by a.received_at desc limit 1) as "awardedCents"
     from declaration_runs r where ($1::uuid is null or r.id = $1) and ($2::text is null or r.month = $2)
       and ($3::text is null or r.route = $3)
     order by r.month desc, r.route, r.receiver, r.created_at`,
    [filter.id ?? null, filter.month ?? null, filter.route ?? null],
  );
}

export async function loadLines(tx: Queryable, runId: string): Promise<StoredLine[]> {
  return tx.query<StoredLine>(
    `select l.id, l.reference, l.previous_reference as "previousReference", l.client_id as "personId", l.bsn,
       c.given_name || ' ' || c.family_name as "clientName",
       l.allocation_number as "allocationNumber", l.product_category as "productCategory", l.product_code as "productCode",
       json_build_object('start', to_char(l.period_start, 'YYYY-MM-DD'), 'end', to_char(l.period_end, 'YYYY-MM-DD')) as period,
       l.volume, l.unit, l.tariff_cents as "tariffCents", l.amount_cents::int as "amountCents", l.direction, l.detail,
       (select json_build_object('status', o.status, 'returnCodes', o.return_codes) from declaration_line_outcomes o
         where o.line_id = l.id limit 1) as outcome,
       (select json_build_object('reason', k.reason, 'requestedAt', k.requested_at) from declaration_corrections k
         where k.original_line_id = l.id) as correction
     from declaration_lines l join clients c on c.id = l.client_id where l.run_id = $1 order by l.reference`,
    [runId],
  );
}

/** The declaration of a stored run, as core's type (for the file and the checks). */
export function declarationOf(run: RunSummary, lines: readonly Wmo323Line[]): Wmo323Declaration {
  return {
    municipalityCode: run.receiver,
    declarationNumber: run.declarationNumber,
    period: monthBounds(run.month),
    date: run.dagtekening,
    lines: [...lines],
    totalCents: run.totalCents,
    totalDirection: run.totalDirection,
  };
}

export async function wmo323MessageOf(tx: Queryable, orgId: string, run: RunSummary, lines: readonly Wmo323Line[]) {
  const [org] = await tx.query<{ agb_code: string | null }>(`select agb_code from organisations where id = $1`, [orgId]);
  return toWmo323Message(declarationOf(run, lines), { agb: org?.agb_code ?? '', messageId: run.declarationNumber });
}
