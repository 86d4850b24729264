import { ageInYears } from '../people/age.js';
import { violation, type RuleViolation } from '../rules/rule-violation.js';
import { YOUTH_AGE_LIMIT } from '../treatment/trajectory-rules.js';
import {
  isTreatmentKind,
  supplementaryPolicyOn,
  wlzPaysTreatment,
  youthCareApplies,
  type FinancingContext,
  type PayerDerivation,
  type PayerInput,
} from './payer.js';
import { derivePayer } from './derive-payer.js';
import { activeOn, FUNDING_FRAMES, type FundingFrame } from './types.js';

/**
 * The funding of a referral or a service is derived and shown. Choosing another frame needs a reason (the
 * server audits it) and is refused where the law leaves no choice (issue 12). Empty = allowed.
 */
export function checkFundingOverride(
  input: PayerInput,
  ctx: FinancingContext,
  requested: FundingFrame,
  overrideReason: string | null,
  path = '/funding',
): RuleViolation[] {
  const derived = derivePayer(input, ctx);
  if (requested === derived.frame) return [];
  const out: RuleViolation[] = [];
  if (!overrideReason?.trim())
    out.push(violation('financing.override_reason_required', `${path}Reason`, 'issue 12: an override is explained and audited'));
  out.push(...whyNotAllowed(input, ctx, derived, requested, path));
  return out;
}

/** The frames that could be chosen instead of the derived one (each still needs a reason). */
export function allowedAlternatives(input: PayerInput, ctx: FinancingContext): FundingFrame[] {
  const derived = derivePayer(input, ctx);
  return FUNDING_FRAMES.filter((f) => f !== derived.frame && whyNotAllowed(input, ctx, derived, f, '').length === 0);
}

function whyNotAllowed(
  input: PayerInput,
  ctx: FinancingContext,
  derived: PayerDerivation,
  requested: FundingFrame,
  path: string,
): RuleViolation[] {
  const { person } = ctx;
  const { date } = input;
  const age = ageInYears(person.birthDate, date);
  const treatment = isTreatmentKind(input.kind);
  // 001 L2500-2502: the person may always choose to pay the treatment themselves.
  if (requested === 'particulier') return [];
  if (treatment) {
    if (requested === 'wmo' || requested === 'participatiewet' || requested === 'geen')
      return [violation('financing.frame_not_allowed_for_kind', path, '001 L2480-2488; 003 L289-291')];
    if (derived.frame === 'wlz')
      return [
        violation('financing.wlz_precedes', path, 'Zorginstituut "Verblijf met behandeling" (Wlz art. 3.1.1 lid 1 onder d)'),
      ];
    if (requested === 'wlz')
      return wlzPaysTreatment(person, date)
        ? []
        : [
            violation(
              'financing.entitlement_missing',
              path,
              'Zorginstituut "Verblijf met behandeling" (Wlz art. 3.1.1 lid 1 onder d)',
            ),
          ];
    if (input.discipline === 'ergotherapie') {
      if (requested === 'jeugdwet') return [violation('financing.frame_not_allowed_for_discipline', path, '004 L104-112')];
      return requested === 'aanvullend' && !supplementaryPolicyOn(ctx, date)
        ? [violation('financing.entitlement_missing', path, 'REFERENCE.md §7.1 (extra hours from a supplementary policy)')]
        : [];
    }
    if (requested === 'zvw') {
      // 001 L2490-2492: since 2015 youth vaktherapie is no longer paid by the Zvw.
      if (youthCareApplies(person, date)) return [violation('financing.payer_not_allowed_for_age', path, '001 L2490-2492')];
      // 001 L2469-2471: under the Zvw vaktherapie is always part of a treatment under a regiebehandelaar.
      return input.agreement.referral?.regiebehandelaarNamed
        ? []
        : [violation('treatment.regiebehandelaar_required', '/regiebehandelaarId', '001 L2465-2471')];
    }
    if (requested === 'jeugdwet')
      return youthCareApplies(person, date)
        ? []
        : [violation('financing.payer_not_allowed_for_age', path, '001 L2490-2492; Jeugdwet art. 1.1 (jeugdige)')];
    // requested === 'aanvullend'
    return supplementaryPolicyOn(ctx, date)?.policy.coversVaktherapie
      ? []
      : [violation('financing.entitlement_missing', path, '001 L2496-2502')];
  }
  // Day activities and support.
  if (requested === 'aanvullend') return [violation('financing.frame_not_allowed_for_kind', path, '001 L2496-2502')];
  if (requested === 'zvw')
    return person.careSetting === 'ggz_klinisch'
      ? []
      : [violation('financing.frame_not_allowed_for_kind', path, '000 L340-349; 003 L2600-2601')];
  if (requested === 'geen') return [];
  if (derived.frame === 'wlz')
    return [
      violation('financing.wlz_precedes', path, '002 L67-70; Wmo 2015 art. 2.3.5 lid 6 (Wlz voorliggend; article UNCONFIRMED)'),
    ];
  if (requested === 'wlz') return [violation('financing.entitlement_missing', path, '002 L67-70')];
  if (requested === 'jeugdwet')
    return age < YOUTH_AGE_LIMIT ? [] : [violation('financing.payer_not_allowed_for_age', path, '002 L67-70; Jeugdwet art. 1.1')];
  if (age < YOUTH_AGE_LIMIT) return [violation('financing.payer_not_allowed_for_age', path, '002 L67-70')];
  if (requested === 'wmo') {
    const category = input.kind === 'daginvulling' ? '07' : '02';
    const allocation = person.entitlements.wmo.some(
      (a) => a.productCategory === category && a.from <= date && (a.until === null || date <= a.until),
    );
    const general = input.offer?.provision === 'algemene_voorziening';
    return allocation || general ? [] : [violation('financing.entitlement_missing', path, '001 L2486-2488; 003 L5131-5141')];
  }
  // requested === 'participatiewet'
  return activeOn(person.entitlements.participatiewet, date)
    ? []
    : [violation('financing.entitlement_missing', path, '003 L289-291')];
}
