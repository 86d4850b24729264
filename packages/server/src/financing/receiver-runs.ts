import type { ReceiverFinding } from '@meedoen/core';
import type { Queryable } from '../db/database.js';
import { insertDraftRun, insertLines, listRuns, netTotal, takeNumbers, type BuiltRun } from './declaration-store.js';
import type { DeclarationLine } from './declaration-line.js';

/** What the receiver's checks found in its lines, and the lines as stored. */
export interface ReceiverCheck {
  findings: ReceiverFinding[];
  stored: DeclarationLine[];
}

/**
 * The draft runs of a route whose lines name their receiver (PM304 per insurer, Wlz per zorgkantoor): the lines
 * grouped per receiver (no receiver: '0000'), receivers in order, declaration numbers taken from the route's
 * counter in one go, each receiver's checks plus its persons' double-funding blockers, the run and its lines stored.
 */
export async function insertReceiverRuns<L extends { personId: string; amountCents: number; direction: 'D' | 'C' }>(
  tx: Queryable,
  run: { orgId: string; userId: string; route: 'pm304' | 'wlz'; month: string; date: string },
  lines: readonly L[],
  receiverOf: (line: L) => string | null,
  blockers: ReadonlyMap<string, ReceiverFinding[]>,
  check: (ofReceiver: L[], clientIds: string[]) => Promise<ReceiverCheck>,
): Promise<BuiltRun[]> {
  const receiver = (l: L) => receiverOf(l) ?? '0000';
  const receivers = [...new Set(lines.map(receiver))].sort();
  const firstNumber = await takeNumbers(tx, run.orgId, `${run.route}_declaration`, receivers.length);
  const built: BuiltRun[] = [];
  for (const [n, code] of receivers.entries()) {
    const ofReceiver = lines.filter((l) => receiver(l) === code);
    const clientIds = [...new Set(ofReceiver.map((l) => l.personId))];
    const result = await check(ofReceiver, clientIds);
    const findings = [...result.findings, ...clientIds.flatMap((id) => blockers.get(id) ?? [])];
    const runId = await insertDraftRun(tx, {
      orgId: run.orgId,
      route: run.route,
      month: run.month,
      receiver: code,
      declarationNumber: `${run.month.replace('-', '')}${String(firstNumber + n).padStart(6, '0')}`,
      date: run.date,
      ...netTotal(ofReceiver),
      checks: { findings, blocked: findings.length > 0 },
      userId: run.userId,
    });
    await insertLines(tx, run.orgId, runId, run.route, result.stored);
    const [summary] = await listRuns(tx, { id: runId });
    if (summary) built.push({ summary, clientIds });
  }
  return built;
}
