import { classifyService, payerInputOf, type ServiceClassification } from './classify.js';
import { applyFundingChoice } from './funding-choice.js';
import { checkFundingOverride } from './funding-override.js';
import type { FinancingContext } from './payer.js';
import { reason } from './reasons.js';
import { PAYER_OF_FRAME, type DeclarationRoute, type DeliveredService, type FundingFrame, type Payer } from './types.js';

/**
 * A service's classification with the trajectory's funding override (issue 12): the payer as derived, the override
 * with its reason and who recorded it, and the payer that counts. The override counts only where the rules still
 * allow it on the service's date (`checkFundingOverride`): a Wlz indication that started later takes precedence
 * again, and the explanation says so.
 */
export interface ClassificationWithChoice extends ServiceClassification {
  derived: { frame: FundingFrame; payer: Payer; route: DeclarationRoute };
  override: {
    frame: FundingFrame;
    payer: Payer;
    reason: string;
    decidedBy: string | null;
    decidedAt: string | null;
    /** False when the rules no longer allow this frame on the service's date: the derived payer counts. */
    applied: boolean;
  } | null;
}

export function classifyWithChoice(service: DeliveredService, ctx: FinancingContext): ClassificationWithChoice {
  const derived = classifyService(service, ctx);
  const base = { derived: { frame: derived.frame, payer: derived.payer, route: derived.route } };
  const choice = service.fundingChoice;
  if (!choice || choice.frame === derived.frame) return { ...derived, ...base, override: null };
  const refused = checkFundingOverride(payerInputOf(service, derived.kind), ctx, choice.frame, choice.reason);
  const applied = refused.length === 0;
  const override = {
    frame: choice.frame,
    payer: PAYER_OF_FRAME[choice.frame],
    reason: choice.reason,
    decidedBy: choice.decidedBy ?? null,
    decidedAt: choice.decidedAt ?? null,
    applied,
  };
  if (applied) return { ...applyFundingChoice(derived, service), ...base, override };
  return {
    ...derived,
    ...base,
    override,
    warnings: [
      ...derived.warnings,
      reason(
        'funding_override_not_allowed',
        refused.map((v) => v.source).join('; '),
        `De gekozen financiering geldt op deze dag niet (meer): ${choice.reason}. De afgeleide betaler blijft.`,
        `The chosen funding does not apply on this day (any more): ${choice.reason}. The derived payer stays.`,
      ),
    ],
  };
}
