import { checkCorrectionRequest, describeViolation } from '@meedoen/core';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../errors/problem.js';
import type { DeclarationLine } from './declaration-store.js';

/**
 * Corrections of sent declaration lines (issue 12): asked for once per line, with a reason; the next run
 * built for the route carries a credit line that references the original and a new line derived from the
 * data as it is now (REFERENCE.md §9.3). The sent line itself never changes.
 */

export interface RequestedCorrection {
  id: string;
  lineId: string;
  clientId: string;
  runId: string;
  reason: string;
  requestedAt: string;
}

/** Ask for a credit + new line; 422 unless the line is an accepted debet, 409 when already asked (unique index). */
export async function requestCorrection(
  tx: Queryable,
  orgId: string,
  userId: string,
  lineId: string,
  reason: string,
): Promise<RequestedCorrection> {
  const [target] = await tx.query<{
    clientId: string;
    runId: string;
    direction: 'D' | 'C';
    runStatus: 'draft' | 'sent' | 'answered' | 'discarded';
    outcome: 'accepted' | 'rejected' | null;
  }>(
    `select l.client_id as "clientId", l.run_id as "runId", l.direction, r.status as "runStatus",
       (select o.status from declaration_line_outcomes o where o.line_id = l.id limit 1) as outcome
     from declaration_lines l join declaration_runs r on r.id = l.run_id where l.id = $1`,
    [lineId],
  );
  if (!target) throw new ProblemError('resource.not_found');
  const [refused] = checkCorrectionRequest(target);
  if (refused)
    throw new ProblemError(refused.code, {
      errors: [{ path: '/params/lineId', message: describeViolation(refused), code: refused.code, source: refused.source }],
    });
  const [row] = await tx.query<{ id: string; requestedAt: string }>(
    `insert into declaration_corrections (org_id, original_line_id, reason, requested_by) values ($1, $2, $3, $4)
     on conflict (org_id, original_line_id) do nothing returning id, requested_at as "requestedAt"`,
    [orgId, lineId, reason, userId],
  );
  if (!row) throw new ProblemError('financing.already_credited');
  return { id: row.id, lineId, clientId: target.clientId, runId: target.runId, reason, requestedAt: row.requestedAt };
}

export interface PendingCorrection {
  /** The receiver of the original run: municipality, insurer (UZOVI) or zorgkantoor. */
  receiver: string;
  original: DeclarationLine;
}

/** Corrections whose credit line is not yet in a run that still counts (a discarded run gives them back). */
export async function pendingCorrections(tx: Queryable, route: 'iwmo_323' | 'pm304' | 'wlz'): Promise<PendingCorrection[]> {
  return tx.query<PendingCorrection>(
    `select r.receiver, json_build_object(
       'reference', l.reference, 'previousReference', l.previous_reference, 'personId', l.client_id, 'bsn', l.bsn,
       'allocationNumber', l.allocation_number, 'productCategory', l.product_category, 'productCode', l.product_code,
       'period', json_build_object('start', to_char(l.period_start, 'YYYY-MM-DD'), 'end', to_char(l.period_end, 'YYYY-MM-DD')),
       'volume', l.volume, 'unit', l.unit, 'tariffCents', l.tariff_cents, 'amountCents', l.amount_cents::int,
       'direction', l.direction, 'detail', l.detail) as original
     from declaration_corrections c
     join declaration_lines l on l.id = c.original_line_id
     join declaration_runs r on r.id = l.run_id
     where l.route = $1 and not exists (
       select 1 from declaration_lines cl join declaration_runs cr on cr.id = cl.run_id
       where cl.route = l.route and cl.direction = 'C' and cl.previous_reference = l.reference and cr.status <> 'discarded')
     order by c.requested_at, l.reference`,
    [route],
  );
}

/**
 * The credit line and, when something is still delivered, the new line for one pending correction. The credit
 * repeats the sent line with direction C and names it (REFERENCE.md §9.3; iWmo TR323; PM304/AW319 carry the
 * previous reference in "Referentienummer voorgaande gerelateerde prestatierecord").
 */
export function correctionLines<L extends { reference: string; previousReference: string | null; direction: 'D' | 'C' }>(
  pending: { original: L },
  references: { credit: string },
  recomputed: L | null,
): L[] {
  const credit = {
    ...pending.original,
    reference: references.credit,
    previousReference: pending.original.reference,
    direction: 'C' as const,
  };
  return [credit, ...(recomputed ? [recomputed] : [])];
}
