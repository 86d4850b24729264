import {
  applyPm305,
  applyWmo325,
  AW320_LAYOUT,
  monthBounds,
  parseEiReturn,
  PM305_LAYOUT,
  renderPm304,
  renderWlzClaim,
  toPm304File,
  type ReturnOutcome,
  type Wmo323Line,
} from '@meedoen/core';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../errors/problem.js';
import type { DeclarationLine, RunSummary } from './declaration-store.js';
import { wmo323MessageOf } from './declaration-store.js';
import { InvalidMessageError, parseWmo325, renderWmo323 } from './iwmo-xml.js';
import { pm304FromStored } from './pm304-runs.js';
import { wlzFromStored } from './wlz-runs.js';

/**
 * The file of a run and the reading of its answer, per route: iWmo WMO323/WMO325 (XML), PM304/PM305 and Wlz
 * AW319/AW320 (Vektis EI flat files). One place decides per route; the routes around it are the same for all.
 */

export type Route = 'iwmo_323' | 'pm304' | 'wlz';

/** The answer message each route expects back (for the reopened lines' reason). */
export const ANSWER_OF: Record<Route, 'WMO325' | 'PM305' | 'AW320'> = { iwmo_323: 'WMO325', pm304: 'PM305', wlz: 'AW320' };

export interface RunFile {
  body: string;
  contentType: string;
  filename: string;
}

async function orgAgb(tx: Queryable, orgId: string): Promise<string> {
  const [org] = await tx.query<{ agb_code: string | null }>(`select agb_code from organisations where id = $1`, [orgId]);
  return org?.agb_code ?? '';
}

export async function runFile(
  tx: Queryable,
  orgId: string,
  run: RunSummary,
  lines: readonly DeclarationLine[],
): Promise<RunFile> {
  const route = run.route as Route;
  if (route === 'iwmo_323')
    return {
      body: renderWmo323(await wmo323MessageOf(tx, orgId, run, lines as unknown as readonly Wmo323Line[])),
      contentType: 'application/xml; charset=utf-8',
      filename: `WMO323-${run.declarationNumber}.xml`,
    };
  const period = monthBounds(run.month);
  if (route === 'pm304') {
    const file = toPm304File(lines.map(pm304FromStored), {
      practiceAgb: await orgAgb(tx, orgId),
      uzovi: run.receiver,
      fileNumber: run.declarationNumber,
      date: run.dagtekening,
      periodStart: period.start,
      periodEnd: period.end,
    });
    return {
      body: renderPm304(file),
      contentType: 'text/plain; charset=us-ascii',
      filename: `PM304-${run.receiver}-${run.declarationNumber}.txt`,
    };
  }
  return {
    body: renderWlzClaim(
      {
        zorgkantoor: run.receiver,
        senderAgb: await orgAgb(tx, orgId),
        declarationNumber: run.declarationNumber,
        date: run.dagtekening,
        month: run.month,
      },
      lines.map(wlzFromStored),
    ),
    contentType: 'text/plain; charset=us-ascii',
    filename: `AW319-${run.receiver}-${run.declarationNumber}.txt`,
  };
}

/** Read the receiver's answer for a run; an unreadable message, or one for another file, is 422 request.invalid at `path`. */
export function readAnswer(run: RunSummary, content: string, lines: readonly DeclarationLine[], path: string): ReturnOutcome {
  const route = run.route as Route;
  const unreadable = (why = `not a readable ${ANSWER_OF[route]} message`) =>
    new ProblemError('request.invalid', { errors: [{ path, message: why }] });
  if (route === 'iwmo_323') {
    try {
      return applyWmo325(lines as unknown as readonly Wmo323Line[], parseWmo325(content));
    } catch (error) {
      if (error instanceof InvalidMessageError) throw unreadable();
      throw error;
    }
  }
  let answer: ReturnType<typeof parseEiReturn>;
  try {
    answer = parseEiReturn(route === 'pm304' ? PM305_LAYOUT : AW320_LAYOUT, content);
  } catch {
    throw unreadable();
  }
  // The answer names the file it answers (Factuurnummer declarant): another run's answer is refused.
  if (answer.fileNumber !== run.declarationNumber)
    throw unreadable(`${ANSWER_OF[route]} answers file ${answer.fileNumber}, not ${run.declarationNumber}`);
  return applyPm305(lines, answer);
}
