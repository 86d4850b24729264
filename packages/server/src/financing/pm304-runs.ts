import {
  buildErgoLedger,
  buildPm304Lines,
  checkPm304,
  classifyWithChoice,
  monthBounds,
  parametersOn,
  type ErgoLedger,
  type FinancingContext,
  type Pm304Line,
} from '@meedoen/core';
import type { Queryable } from '../db/database.js';
import { correctionLines, pendingCorrections } from './declaration-corrections.js';
import {
  doubleFundingBlockersOf,
  sentReferences,
  takeNumbers,
  type BuiltRun,
  type DeclarationLine,
} from './declaration-store.js';
import { loadFinancingContext, loadFinancingContextsOf, loadServicesOf } from './delivered-services.js';
import { insertReceiverRuns } from './receiver-runs.js';

/**
 * Monthly PM304 runs (issue 12; REFERENCE.md §7): one per insurer (UZOVI), from the ergotherapie ledger's
 * delivered sessions — prestatiecodes per quarter-hour, the DTE screening coded on its own, the home-visit
 * surcharge, the eigen-risico mark. What the person pays themselves (beyond the cover) is not declared.
 */

/** The surcharge codes of the month's parameters (REFERENCE.md §7.2: 5001, 5007, 5017): counted per prestatie. */
function surchargeCodes(ctx: FinancingContext, month: string): ReadonlySet<string> {
  const found = parametersOn(ctx.parameters, `${month}-01`);
  return new Set(found.ok ? Object.values(found.parameters.ergotherapie.surchargeCodes) : []);
}

/** A PM304 line as stored: quarters of a per-quarter prestatie (REFERENCE.md §7.1), or one surcharge. */
export function pm304AsStored(l: Pm304Line, surcharges: ReadonlySet<string>): DeclarationLine {
  return {
    reference: l.reference,
    previousReference: l.previousReference,
    personId: l.personId,
    bsn: l.bsn,
    allocationNumber: null,
    productCategory: null,
    productCode: l.prestatiecode,
    period: { start: l.date, end: l.date },
    volume: l.quantity,
    unit: surcharges.has(l.prestatiecode) ? 'toeslag' : 'kwartier',
    tariffCents: Math.round(l.tariffCents),
    amountCents: l.amountCents,
    direction: l.direction,
    detail: {
      contactId: l.contactId,
      birthDate: l.birthDate,
      uzovi: l.uzovi,
      insuredNumber: l.insuredNumber,
      cover: l.cover,
      eigenRisico: l.eigenRisico,
      homeVisitReason: l.homeVisitReason,
      practiceAgb: l.practiceAgb,
      practitionerAgb: l.practitionerAgb,
      referrerAgb: l.referrerAgb,
    },
  };
}

export function pm304FromStored(l: DeclarationLine): Pm304Line {
  const d = (l.detail ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : null);
  return {
    reference: l.reference,
    contactId: text('contactId') ?? '',
    personId: l.personId,
    bsn: l.bsn,
    birthDate: text('birthDate') ?? '',
    uzovi: text('uzovi'),
    insuredNumber: text('insuredNumber'),
    date: l.period.start,
    prestatiecode: l.productCode ?? '',
    quantity: l.volume,
    tariffCents: l.tariffCents ?? 0,
    amountCents: l.amountCents,
    cover: d.cover === 'aanvullend' ? 'aanvullend' : 'basis',
    eigenRisico: d.eigenRisico === true,
    homeVisitReason: text('homeVisitReason'),
    practiceAgb: text('practiceAgb'),
    practitionerAgb: text('practitionerAgb'),
    referrerAgb: text('referrerAgb'),
    direction: l.direction,
    previousReference: l.previousReference,
  };
}

/** Clients with an ergotherapie session in the month (the sessions are events of their trajectories). */
async function clientsWithErgotherapie(tx: Queryable, month: string): Promise<string[]> {
  const { start, end } = monthBounds(month);
  const rows = await tx.query<{ client_id: string }>(
    `select distinct t.client_id from trajectories t join trajectory_events e on e.trajectory_id = t.id
     where t.discipline = 'ergotherapie' and e.type = 'session_recorded'
       and (e.data->'session'->>'date') between $1 and $2 order by t.client_id`,
    [start, end],
  );
  return rows.map((r) => r.client_id);
}

/** The AGB code of the therapist of each ergotherapie session of the clients, keyed by client and contact. */
async function practitionerAgbs(tx: Queryable, clientIds: readonly string[]): Promise<Map<string, string | null>> {
  if (clientIds.length === 0) return new Map();
  const rows = await tx.query<{ client_id: string; contact_id: string; agb_code: string | null }>(
    `select t.client_id, e.data->'session'->>'id' as contact_id, u.agb_code from trajectories t
     join trajectory_events e on e.trajectory_id = t.id join users u on u.id = t.therapist_id
     where t.client_id = any($1::uuid[]) and t.discipline = 'ergotherapie' and e.type = 'session_recorded'`,
    [[...clientIds]],
  );
  return new Map(rows.map((r) => [`${r.client_id}|${r.contact_id}`, r.agb_code]));
}

/**
 * Sessions already declared, per client: a debet line in a sent run, unless the insurer rejected it (then the line
 * reopens and is declared again with a new reference; returns.ts). Lines in a draft are not counted, so a second
 * build while the draft stands meets it in the unique index (409), as on the iWmo route.
 */
async function declaredContacts(tx: Queryable, clientIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const rows = await tx.query<{ client_id: string; key: string }>(
    `select l.client_id, (l.detail->>'contactId') || '|' || l.product_code as key from declaration_lines l
     join declaration_runs r on r.id = l.run_id
     where l.route = 'pm304' and l.client_id = any($1::uuid[]) and l.direction = 'D' and r.status in ('sent', 'answered')
       and not exists (select 1 from declaration_line_outcomes o where o.line_id = l.id and o.status = 'rejected')`,
    [[...clientIds]],
  );
  const out = new Map<string, Set<string>>();
  for (const r of rows) out.set(r.client_id, (out.get(r.client_id) ?? new Set()).add(r.key));
  return out;
}

/** The referrer's AGB of each ergotherapie session of the clients (`client|contact`), from its trajectory's referral. */
async function referrerAgbs(tx: Queryable, clientIds: readonly string[]): Promise<Map<string, string | null>> {
  const rows = await tx.query<{ client_id: string; contact_id: string; referrer_agb: string | null }>(
    `select t.client_id, e.data->'session'->>'id' as contact_id, r.data->'referral'->>'referrerAgb' as referrer_agb
       from trajectories t
       join trajectory_events e on e.trajectory_id = t.id and e.type = 'session_recorded'
       left join trajectory_events r on r.trajectory_id = t.id and r.type = 'referred'
      where t.client_id = any($1::uuid[]) and t.discipline = 'ergotherapie'`,
    [[...clientIds]],
  );
  return new Map(rows.map((r) => [`${r.client_id}|${r.contact_id}`, r.referrer_agb]));
}

interface ClientLedger {
  ctx: FinancingContext;
  ledger: ErgoLedger;
  lines: Pm304Line[];
}

/**
 * The year's ledger of each client up to the end of `month`, and its PM304 lines (references given later): the
 * contexts, the year's sessions and the therapists' AGB codes read once for the whole set of clients.
 */
async function clientLedgers(
  tx: Queryable,
  orgAgb: string | null,
  clientIds: readonly string[],
  month: string,
): Promise<Map<string, ClientLedger>> {
  const ids = [...new Set(clientIds)];
  const year = Number(month.slice(0, 4));
  const contexts = await loadFinancingContextsOf(tx, ids);
  // Cover counts per calendar year (REFERENCE.md §7.1): the year's sessions up to the month decide the split.
  const services = await loadServicesOf(tx, ids, `${year}-01-01`, monthBounds(month).end);
  const agbs = await practitionerAgbs(tx, ids);
  const referrers = await referrerAgbs(tx, ids);
  const out = new Map<string, ClientLedger>();
  for (const clientId of ids) {
    const ctx = contexts.get(clientId);
    if (!ctx) throw new Error(`client ${clientId} not found after the access check`);
    const loaded = services.get(clientId);
    // A session whose trajectory's funding was overridden away from the insurer (the person pays, say) is not
    // declared, and does not use the insured cover; the override counts where the rules allow it (issue 12).
    const elsewhere = new Set(
      (loaded?.services ?? [])
        .map((service) => classifyWithChoice(service, ctx))
        .filter((c) => c.override?.applied && c.route !== 'pm304')
        .map((c) => c.serviceId),
    );
    const ergoContacts = (loaded?.ergoContacts ?? []).filter((c) => !elsewhere.has(c.id));
    const ledger = buildErgoLedger(year, ergoContacts, ctx);
    const lines = buildPm304Lines(
      {
        ledger,
        contacts: ergoContacts,
        practiceAgb: orgAgb,
        practitionerAgbOf: (contactId) => agbs.get(`${clientId}|${contactId}`) ?? null,
        // The referral's AGB of the referrer, when recorded; none under direct access (zeros in the file).
        referrerAgbOf: (contactId) => referrers.get(`${clientId}|${contactId}`) ?? null,
        referenceOf: () => '',
      },
      ctx,
    );
    out.set(clientId, { ctx, ledger, lines });
  }
  return out;
}

/** Build the month's PM304 draft runs, one per insurer; a second draft for an insurer and month → 409. */
export async function buildPm304Runs(
  tx: Queryable,
  orgId: string,
  userId: string,
  month: string,
  date: string,
): Promise<BuiltRun[]> {
  const [org] = await tx.query<{ agb_code: string | null }>(`select agb_code from organisations where id = $1`, [orgId]);
  const orgAgb = org?.agb_code ?? null;
  const { start } = monthBounds(month);
  const clientIds = await clientsWithErgotherapie(tx, month);
  const ledgers = await clientLedgers(tx, orgAgb, clientIds, month);
  const declared = await declaredContacts(tx, clientIds);
  const fresh: Pm304Line[] = [];
  for (const clientId of clientIds) {
    const done = declared.get(clientId);
    fresh.push(
      ...(ledgers.get(clientId)?.lines ?? []).filter(
        (l) => l.date.startsWith(month) && !done?.has(`${l.contactId}|${l.prestatiecode}`),
      ),
    );
  }
  const corrections = await pendingCorrections(tx, 'pm304');
  const first = await takeNumbers(tx, orgId, 'pm304_reference', fresh.length + 2 * corrections.length);
  const referenceAt = (i: number) => `MP${String(first + i).padStart(10, '0')}`;
  const lines: Pm304Line[] = fresh.map((l, i) => ({ ...l, reference: referenceAt(i) }));
  // Corrections: a credit line for the sent line, and the line as the ledger now derives it (read per month back).
  const originals = corrections.map((c) => pm304FromStored(c.original));
  const ledgersBack = new Map<string, Map<string, ClientLedger>>();
  for (const back of new Set(originals.map((o) => o.date.slice(0, 7))))
    ledgersBack.set(
      back,
      await clientLedgers(
        tx,
        orgAgb,
        originals.filter((o) => o.date.startsWith(back)).map((o) => o.personId),
        back,
      ),
    );
  for (const [i, original] of originals.entries()) {
    const client = ledgersBack.get(original.date.slice(0, 7))?.get(original.personId);
    const now = client?.lines.find((l) => l.contactId === original.contactId && l.prestatiecode === original.prestatiecode);
    lines.push(
      ...correctionLines(
        { original },
        { credit: referenceAt(fresh.length + 2 * i) },
        now ? { ...now, reference: referenceAt(fresh.length + 2 * i + 1) } : null,
      ),
    );
  }

  // The month's ledger of persons only in a correction, read together, for their double-funding check.
  const others = await clientLedgers(
    tx,
    orgAgb,
    [...new Set(lines.map((l) => l.personId))].filter((id) => !ledgers.has(id)),
    month,
  );
  const blockers = await doubleFundingBlockersOf(
    tx,
    lines.map((l) => l.personId),
    month,
    (clientId) => (ledgers.get(clientId) ?? others.get(clientId))?.ledger,
  );
  const used = await sentReferences(
    tx,
    'pm304',
    lines.map((l) => l.reference),
  );
  return insertReceiverRuns(
    tx,
    { orgId, userId, route: 'pm304', month, date },
    lines,
    (l) => l.uzovi,
    blockers,
    async (ofInsurer, persons) => {
      // Basic-cover quarters of the year before this month, per person (the insurer counts across files).
      const basicQuartersBefore = Object.fromEntries(
        persons.map((id) => [
          id,
          (ledgers.get(id)?.ledger.lines ?? [])
            .filter((l) => l.cover === 'basis' && l.quarters !== null && l.date < start)
            .reduce((a, l) => a + (l.quarters ?? 0), 0),
        ]),
      );
      const anyCtx =
        (ledgers.get(persons[0] ?? '') ?? others.get(persons[0] ?? ''))?.ctx ??
        (await loadFinancingContext(tx, persons[0] as string));
      const result = checkPm304(
        ofInsurer.filter((l) => l.direction === 'D'),
        { month, date, usedReferences: used, basicQuartersBefore },
        anyCtx,
      );
      const surcharges = surchargeCodes(anyCtx, month);
      return { findings: result.findings, stored: ofInsurer.map((l) => pm304AsStored(l, surcharges)) };
    },
  );
}
