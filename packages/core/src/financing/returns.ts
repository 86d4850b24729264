import type { Wmo323Line } from './iwmo-declaration.js';
import type { Pm305File, Wmo325Message } from './messages.js';
import type { Pm304Line } from './pm304.js';
import { reason } from './reasons.js';
import { IWMO_ACCEPTED_CODES, IWMO_RETURN_CODES } from './return-codes.js';
import type { FinancingReason } from './types.js';

/**
 * Reading the answer back: WMO325 for a WMO323, PM305 for a PM304. The sent declaration is never changed;
 * the outcome is recorded beside it, and each rejected line is reopened with its reason, to be sent again
 * after correction (a rejected line needs no credit: it was never paid).
 */

export interface ReturnCode {
  code: string;
  /** The receiver's text, or null where the code list is not known (PM305: UNCONFIRMED). */
  text: string | null;
}

export interface ReturnOutcome {
  accepted: string[];
  rejected: { reference: string; codes: ReturnCode[] }[];
  /** References in the answer that were never sent (TR366): a sign the answer belongs to another declaration. */
  unknown: string[];
  awardedCents: number;
}

const describe = (code: string): ReturnCode => ({ code, text: IWMO_RETURN_CODES[code]?.nl ?? null });
const rejecting = (codes: readonly string[]) => codes.filter((c) => !IWMO_ACCEPTED_CODES.includes(c));

/**
 * TR342: the 325 carries only the rejected prestaties; a rejection on the answer itself (DeclaratieAntwoord)
 * rejects every line. A rejection on a client rejects that client's lines.
 */
export function applyWmo325(sent: readonly Wmo323Line[], answer: Wmo325Message): ReturnOutcome {
  const a = answer.DeclaratieAntwoord;
  const whole = rejecting([...answer.Header.RetourCodes, ...a.RetourCodes]);
  const sentRefs = new Set(sent.map((l) => l.reference));
  const rejected = new Map<string, ReturnCode[]>();
  const unknown: string[] = [];
  if (whole.length > 0) for (const l of sent) rejected.set(l.reference, whole.map(describe));
  else
    for (const client of a.Clienten.Client) {
      const clientCodes = rejecting(client.RetourCodes);
      if (clientCodes.length > 0)
        for (const l of sent.filter((s) => s.bsn === client.Bsn)) rejected.set(l.reference, clientCodes.map(describe));
      for (const p of client.Prestaties.Prestatie) {
        const ref = p.ProductReferentie.ReferentieNummer;
        if (!sentRefs.has(ref)) {
          unknown.push(ref);
          continue;
        }
        const codes = rejecting(p.RetourCodes);
        if (codes.length > 0) rejected.set(ref, [...(rejected.get(ref) ?? []), ...codes.map(describe)]);
      }
    }
  return {
    accepted: sent.filter((l) => !rejected.has(l.reference)).map((l) => l.reference),
    rejected: [...rejected.entries()].map(([reference, codes]) => ({ reference, codes })),
    unknown,
    awardedCents: a.TotaalToegekendBedrag.TotaalBedrag * (a.TotaalToegekendBedrag.DebetCredit === 'C' ? -1 : 1),
  };
}

/**
 * PM305: every prestatie is answered with its codes. Which codes mean "accepted" is not confirmed, so the
 * caller passes them (a deployment's list); by default an empty code list, or awarded equal to claimed, is
 * accepted. The Wlz AW320 answer has the same shape and is applied the same way.
 */
export function applyPm305(
  sent: readonly Pick<Pm304Line, 'reference' | 'amountCents'>[],
  answer: Pm305File,
  acceptedCodes: readonly string[] = [],
): ReturnOutcome {
  const sentByRef = new Map(sent.map((l) => [l.reference, l]));
  const bad = (codes: readonly string[]) => codes.filter((c) => !acceptedCodes.includes(c));
  const rejected: ReturnOutcome['rejected'] = [];
  const unknown: string[] = [];
  const fileCodes = bad(answer.fileReturnCodes);
  let awarded = 0;
  if (fileCodes.length > 0)
    return {
      accepted: [],
      rejected: sent.map((l) => ({ reference: l.reference, codes: fileCodes.map((code) => ({ code, text: null })) })),
      unknown,
      awardedCents: 0,
    };
  const answered = new Set<string>();
  for (const p of answer.prestaties) {
    const line = sentByRef.get(p.reference);
    if (!line) {
      unknown.push(p.reference);
      continue;
    }
    answered.add(p.reference);
    awarded += p.awardedCents;
    const codes = bad(p.returnCodes);
    if (codes.length > 0 || p.awardedCents < line.amountCents)
      rejected.push({ reference: p.reference, codes: codes.map((code) => ({ code, text: null })) });
  }
  const rejectedRefs = new Set(rejected.map((r) => r.reference));
  return {
    accepted: sent.filter((l) => answered.has(l.reference) && !rejectedRefs.has(l.reference)).map((l) => l.reference),
    rejected,
    unknown,
    awardedCents: awarded,
  };
}

/** Each rejected line reopened with its reason in words, for the Declaraties screen and the correction. */
export function reopenRejected(
  outcome: ReturnOutcome,
  receiver: 'WMO325' | 'PM305' | 'AW320',
): { reference: string; reason: FinancingReason }[] {
  return outcome.rejected.map(({ reference, codes }) => {
    const list = codes.map((c) => (c.text ? `${c.code} ${c.text}` : c.code)).join('; ') || '—';
    return {
      reference,
      reason: reason(
        'rejected_by_receiver',
        receiver,
        `Afgewezen (${list}). Corrigeer en declareer opnieuw met een nieuwe referentie.`,
        `Rejected (${list}). Correct it and declare again with a new reference.`,
      ),
    };
  });
}
