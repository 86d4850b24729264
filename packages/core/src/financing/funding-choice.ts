import { reason } from './reasons.js';
import {
  PAYER_OF_FRAME,
  type DeclarationRoute,
  type DeliveredService,
  type FinancingReason,
  type FundingFrame,
  type Payer,
} from './types.js';

/**
 * A line's frame after the trajectory's funding override (issue 12): the derived frame is kept as a reason,
 * the chosen one decides the payer and the route, and the explanation says so, with the override's reason.
 * The override itself was checked (`checkFundingOverride`) and audited when it was chosen.
 */
export interface FramedLine {
  frame: FundingFrame;
  payer: Payer;
  route: DeclarationRoute;
  reasons: FinancingReason[];
}

const FRAME_NAMES: Record<FundingFrame, { nl: string; en: string }> = {
  zvw: { nl: 'de zorgverzekering (Zvw)', en: 'health insurance (Zvw)' },
  aanvullend: { nl: 'de aanvullende verzekering', en: 'supplementary insurance' },
  jeugdwet: { nl: 'de gemeente (Jeugdwet)', en: 'the municipality (Jeugdwet)' },
  wmo: { nl: 'de gemeente (Wmo)', en: 'the municipality (Wmo)' },
  participatiewet: { nl: 'de gemeente (Participatiewet)', en: 'the municipality (Participatiewet)' },
  wlz: { nl: 'het zorgkantoor (Wlz)', en: 'the care office (Wlz)' },
  particulier: { nl: 'de cliënt zelf', en: 'the client' },
  geen: { nl: 'niemand', en: 'nobody' },
};

/** How a service under the chosen frame leaves the system (REFERENCE.md §7.3, §8, §9). */
function routeFor(frame: FundingFrame, service: DeliveredService, derived: FramedLine): DeclarationRoute {
  if (PAYER_OF_FRAME[frame] === derived.payer && frame === derived.frame) return derived.route;
  switch (frame) {
    case 'zvw':
    case 'aanvullend':
      return service.deliverer.discipline === 'ergotherapie' ? 'pm304' : 'zpm_consult';
    case 'jeugdwet':
      return 'ijw';
    case 'wmo':
      return 'iwmo_323';
    case 'participatiewet':
      return 'participatiewet';
    case 'wlz':
      return 'wlz_prestatie';
    case 'particulier':
      return 'client_invoice';
    case 'geen':
      return 'none';
  }
}

export function applyFundingChoice<T extends FramedLine>(derived: T, service: DeliveredService): T {
  const choice = service.fundingChoice;
  if (!choice || choice.frame === derived.frame) return derived;
  const from = FRAME_NAMES[derived.frame];
  const to = FRAME_NAMES[choice.frame];
  return {
    ...derived,
    frame: choice.frame,
    payer: PAYER_OF_FRAME[choice.frame],
    route: routeFor(choice.frame, service, derived),
    reasons: [
      ...derived.reasons,
      reason(
        'funding_overridden',
        'issue 12: an override is explained and audited',
        `Afgeleid was: betaald door ${from.nl}. Met reden gewijzigd naar ${to.nl}: ${choice.reason}`,
        `Derived: paid by ${from.en}. Changed, with a reason, to ${to.en}: ${choice.reason}`,
      ),
    ],
  };
}
