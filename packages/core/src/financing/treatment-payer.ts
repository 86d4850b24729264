import { ageInYears } from '../people/age.js';
import { YOUTH_AGE_LIMIT } from '../treatment/trajectory-rules.js';
import { reason } from './reasons.js';
import {
  EIGEN_RISICO_FROM_AGE,
  payerResult,
  supplementaryPolicyOn,
  wlzPaysTreatment,
  youthCareApplies,
  type FinancingContext,
  type PayerDerivation,
  type PayerInput,
} from './payer.js';
import { activeOn } from './types.js';

/** Treatment and diagnostics: Wlz stay with treatment, ergotherapie (Zvw at every age), Jeugdwet under 18, Zvw under a regiebehandelaar, else supplementary or self-pay. */
export function treatmentPayer(input: PayerInput, ctx: FinancingContext): PayerDerivation {
  const { person } = ctx;
  const age = ageInYears(person.birthDate, input.date);
  // Ergotherapie included: by the residence institution's own therapist it counts as specific paramedic care within the
  // integral care (Zorginstituut, Standpunt paramedische zorg in de Wlz, 2016) — general paramedic care would be Zvw (assumption).
  if (wlzPaysTreatment(person, input.date)) {
    return payerResult(
      'wlz',
      'included_in_stay',
      [
        reason(
          'wlz_stay_with_treatment',
          '001 L2473-2475; 004 L97-98; Zorginstituut "Verblijf met behandeling" (Wlz art. 3.1.1 lid 1 onder d)',
          'De persoon woont hier met een Wlz-indicatie inclusief behandeling: de Wlz betaalt de behandeling, via het zorgkantoor.',
          'The person lives here with a Wlz indication including treatment: the Wlz pays the treatment, through the care office.',
        ),
      ],
      input,
      ctx,
    );
  }
  if (input.discipline === 'ergotherapie') {
    const ggz = ctx.organisation.isGgzInstitution && input.agreement.referral?.regiebehandelaarNamed === true;
    const reasons = [
      reason(
        'ergotherapie_zvw',
        '004 L104-112; REFERENCE.md §7.1',
        `Ergotherapie is verzekerde zorg in de basisverzekering (Zvw), op elke leeftijd (nu ${age}).`,
        `Occupational therapy is insured care under the basic insurance (Zvw), at every age (now ${age}).`,
      ),
      age >= EIGEN_RISICO_FROM_AGE
        ? reason(
            'eigen_risico',
            'Zvw art. 19; REFERENCE.md §7.1',
            'Vanaf 18 jaar geldt het eigen risico.',
            'From 18 the deductible applies.',
          )
        : reason(
            'no_eigen_risico_under_18',
            'Zvw art. 19; REFERENCE.md §7.1',
            'Onder de 18 geldt geen eigen risico.',
            'Under 18 no deductible applies.',
          ),
    ];
    return payerResult('zvw', ggz ? 'zpm_consult' : 'pm304', reasons, input, ctx);
  }
  if (youthCareApplies(person, input.date)) {
    const extended = age >= YOUTH_AGE_LIMIT;
    const warnings = activeOn(person.entitlements.jeugdwet, input.date)
      ? []
      : [
          reason(
            'no_youth_decision',
            '001 L2490-2492',
            'Er staat geen Jeugdwet-beschikking van de gemeente geregistreerd op deze datum.',
            'No Jeugdwet decision of the municipality is on file for this date.',
          ),
        ];
    return payerResult(
      'jeugdwet',
      'ijw',
      [
        extended
          ? reason(
              'youth_care_continued',
              'Jeugdwet art. 1.1 (jeugdige tot 23)',
              `Verlengde jeugdhulp: de Jeugdwet blijft gelden na 18 (nu ${age}).`,
              `Continued youth care: the Jeugdwet still applies after 18 (now ${age}).`,
            )
          : reason(
              'vaktherapie_under_18_jeugdwet',
              '001 L2490-2492',
              `Vaktherapie voor kinderen en jongeren (nu ${age}) wordt sinds 2015 door de gemeente betaald (Jeugdwet), niet door de Zvw.`,
              `Since 2015 vaktherapie for children and young people (now ${age}) is paid by the municipality (Jeugdwet), not the Zvw.`,
            ),
      ],
      input,
      ctx,
      warnings,
    );
  }
  if (input.agreement.referral?.regiebehandelaarNamed) {
    return payerResult(
      'zvw',
      'zpm_consult',
      [
        reason(
          'vaktherapie_zvw_under_regiebehandelaar',
          '000 L323-338; 001 L2465-2471',
          'Vaktherapie binnen een interdisciplinaire behandeling onder een regiebehandelaar is geneeskundige zorg in de Zvw.',
          'Vaktherapie within an interdisciplinary treatment under a lead clinician is medical care under the Zvw.',
        ),
        reason(
          'eigen_risico',
          'Zvw art. 19; REFERENCE.md §7.1',
          'Vanaf 18 jaar geldt het eigen risico.',
          'From 18 the deductible applies.',
        ),
      ],
      input,
      ctx,
    );
  }
  const supplementary = supplementaryPolicyOn(ctx, input.date);
  const outside = reason(
    'vaktherapie_outside_zvw',
    '001 L2465-2471, L2496-2502',
    'Zonder regiebehandelaar valt vaktherapie buiten de basisverzekering: de aanvullende verzekering of de persoon zelf betaalt.',
    'Without a lead clinician vaktherapie falls outside the basic insurance: a supplementary policy or the person pays.',
  );
  if (supplementary?.policy.coversVaktherapie)
    return payerResult(
      'aanvullend',
      'client_invoice',
      [
        outside,
        reason(
          'supplementary_covers',
          '001 L2496-2502',
          `De aanvullende polis "${supplementary.policy.name}" vergoedt vaktherapie.`,
          `The supplementary policy "${supplementary.policy.name}" covers vaktherapie.`,
        ),
      ],
      input,
      ctx,
    );
  return payerResult('particulier', 'client_invoice', [outside], input, ctx);
}
