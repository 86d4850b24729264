import { ageInYears } from '../people/age.js';
import type { Discipline } from '../treatment/disciplines.js';
import { YOUTH_AGE_LIMIT } from '../treatment/trajectory-rules.js';
import { parametersOn, type FinancingParameters, type SupplementaryPolicy } from './parameters.js';
import { reason } from './reasons.js';
import {
  activeOn,
  PAYER_OF_FRAME,
  type Agreement,
  type DeclarationRoute,
  type DeliveredService,
  type FinancingPerson,
  type FinancingReason,
  type FundingFrame,
  type Payer,
  type ServiceKind,
  type ServiceSetting,
} from './types.js';

/** Verlengde jeugdhulp runs up to 23 (Jeugdwet art. 1.1, definition of 'jeugdige'). */
export const EXTENDED_YOUTH_CARE_AGE_LIMIT = 23;
/** The compulsory deductible applies from 18 (Zvw art. 19; REFERENCE.md §7.1: "vanaf 18 jaar eigen risico"). */
export const EIGEN_RISICO_FROM_AGE = 18;

export interface SupplementaryPolicyRef {
  policy: SupplementaryPolicy;
  uzovi: string;
}

export interface FinancingContext {
  person: FinancingPerson;
  organisation: { isGgzInstitution: boolean };
  parameters: readonly FinancingParameters[];
}

/** What the payer rules look at: date (and so age), discipline, setting, agreement, offer — and the person's entitlements. */
export interface PayerInput {
  kind: ServiceKind;
  discipline: Discipline | null;
  date: string;
  setting: ServiceSetting;
  agreement: Agreement;
  offer: DeliveredService['offer'];
}

export interface PayerDerivation {
  frame: FundingFrame;
  payer: Payer;
  route: DeclarationRoute;
  /** Zvw care from 18 counts towards the eigen risico. */
  eigenRisico: boolean;
  /** For someone under 18: the 18th birthday, from which the frame may change. */
  changesOn: string | null;
  reasons: FinancingReason[];
  warnings: FinancingReason[];
}

/** The day a person reaches an age (a 29 February birthday falls on 1 March in other years, as `ageInYears`). */
export function birthdayAt(birthDate: string, age: number): string {
  const year = Number(birthDate.slice(0, 4)) + age;
  const monthDay = birthDate.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return monthDay === '02-29' && !leap ? `${year}-03-01` : `${year}-${monthDay}`;
}

export function isTreatmentKind(kind: ServiceKind): boolean {
  return kind === 'behandeling' || kind === 'diagnostiek';
}

/** Under the Jeugdwet on this date: under 18, or continued youth care up to 23. */
export function youthCareApplies(person: FinancingPerson, date: string): boolean {
  const age = ageInYears(person.birthDate, date);
  if (age < YOUTH_AGE_LIMIT) return true;
  const decision = activeOn(person.entitlements.jeugdwet, date);
  return age < EXTENDED_YOUTH_CARE_AGE_LIMIT && decision?.continuedAfter18 === true;
}

/** The person's supplementary policy on a date, from the parameters valid then. */
export function supplementaryPolicyOn(ctx: FinancingContext, date: string): SupplementaryPolicyRef | null {
  const insurance = activeOn(ctx.person.entitlements.insurance, date);
  if (!insurance?.supplementaryPolicyId) return null;
  const found = parametersOn(ctx.parameters, date);
  if (!found.ok) return null;
  const policy = found.parameters.supplementaryPolicies.find((p) => p.id === insurance.supplementaryPolicyId);
  return policy ? { policy, uzovi: insurance.uzovi } : null;
}

/** The Wlz pays treatment when the person stays with this institution and the indication includes treatment. */
export function wlzPaysTreatment(person: FinancingPerson, date: string): boolean {
  const wlz = activeOn(person.entitlements.wlz, date);
  // Zorginstituut 'Verblijf met behandeling' (Wlz art. 3.1.1 lid 1 onder d): stay and treatment by one institution.
  return wlz !== undefined && wlz.deliveryForm === 'verblijf' && wlz.withTreatment && wlz.stayByThisOrganisation;
}

/** Who pays this service, under which frame, and why (issue 12). Pure: the date of service decides the age. */
export function derivePayer(input: PayerInput, ctx: FinancingContext): PayerDerivation {
  return isTreatmentKind(input.kind) ? treatmentPayer(input, ctx) : dayPayer(input, ctx);
}

function result(
  frame: FundingFrame,
  route: DeclarationRoute,
  reasons: FinancingReason[],
  input: PayerInput,
  ctx: FinancingContext,
  warnings: FinancingReason[] = [],
): PayerDerivation {
  const age = ageInYears(ctx.person.birthDate, input.date);
  const eigenRisico = frame === 'zvw' && age >= EIGEN_RISICO_FROM_AGE;
  const changesOn = age < YOUTH_AGE_LIMIT ? birthdayAt(ctx.person.birthDate, YOUTH_AGE_LIMIT) : null;
  return { frame, payer: PAYER_OF_FRAME[frame], route, eigenRisico, changesOn, reasons, warnings };
}

function treatmentPayer(input: PayerInput, ctx: FinancingContext): PayerDerivation {
  const { person } = ctx;
  const age = ageInYears(person.birthDate, input.date);
  if (wlzPaysTreatment(person, input.date)) {
    return result(
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
    return result('zvw', ggz ? 'zpm_consult' : 'pm304', reasons, input, ctx);
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
    return result(
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
    return result(
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
    return result(
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
  return result('particulier', 'client_invoice', [outside], input, ctx);
}

function dayPayer(input: PayerInput, ctx: FinancingContext): PayerDerivation {
  const { person } = ctx;
  const { date } = input;
  const wantsCategory = input.kind === 'daginvulling' ? '07' : '02';
  if (person.careSetting === 'ggz_klinisch') {
    return result(
      'zvw',
      'included_in_stay',
      [
        reason(
          'admitted_stay',
          '000 L26-29, L340-349; 003 L2600-2601',
          'Tijdens een opname hoort een zinvolle dagbesteding bij het verblijf; die wordt niet apart gedeclareerd.',
          'During an admission a meaningful day is part of the stay; it is not declared separately.',
        ),
      ],
      input,
      ctx,
    );
  }
  const wlz = activeOn(person.entitlements.wlz, date);
  if (wlz) {
    const separate = !(wlz.deliveryForm === 'verblijf' && wlz.stayByThisOrganisation && wlz.dagbestedingInStay);
    return result(
      'wlz',
      separate ? 'wlz_dagbesteding' : 'included_in_stay',
      [
        reason(
          'wlz_dagbesteding',
          '000 L340-362; 002 L67-70, L1048-1049',
          'De persoon heeft een Wlz-indicatie: dagbesteding valt onder de Wlz (zorgkantoor), per dagdeel.',
          'The person has a Wlz indication: day activities fall under the Wlz (care office), per half day.',
        ),
        separate
          ? reason(
              'wlz_separate_prestatie',
              'REFERENCE.md §9 (BR/REG-17137f)',
              'Geleverd buiten het verblijfspakket: een aparte dagbestedingsprestatie.',
              'Delivered outside the stay package: a separate day-activity prestatie.',
            )
          : reason(
              'wlz_in_stay_package',
              'REFERENCE.md §9 (monitorlangdurigezorg.nl)',
              'Dagbesteding hoort bij het verblijfspakket van deze instelling; geen aparte regel.',
              "Day activities are part of this institution's stay package; no separate line.",
            ),
      ],
      input,
      ctx,
    );
  }
  if (ageInYears(person.birthDate, date) < YOUTH_AGE_LIMIT) {
    return result(
      'jeugdwet',
      'ijw',
      [
        reason(
          'youth_day_activities',
          '002 L67-70',
          'Voor jeugdigen wordt dagbesteding geïndiceerd en betaald vanuit de Jeugdwet (gemeente).',
          'For young people day activities are indicated and paid under the Jeugdwet (municipality).',
        ),
      ],
      input,
      ctx,
    );
  }
  const participatiewet = activeOn(person.entitlements.participatiewet, date);
  if (participatiewet && (input.offer?.form === 'beschut_werk' || participatiewet.kind === 're_integratie')) {
    return result(
      'participatiewet',
      'participatiewet',
      [
        reason(
          'participatiewet',
          '003 L289-291, L2115-2117',
          'Beschut werk en de begeleiding daarbij vallen onder de Participatiewet (gemeente).',
          'Sheltered work and its support fall under the Participatiewet (municipality).',
        ),
      ],
      input,
      ctx,
    );
  }
  const allocation = person.entitlements.wmo.find(
    (a) => a.productCategory === wantsCategory && a.from <= date && (a.until === null || date <= a.until),
  );
  if (allocation) {
    return result(
      'wmo',
      'iwmo_323',
      [
        reason(
          'wmo_maatwerk',
          '001 L2486-2488; 003 L254-256, L5131-5141',
          `Maatwerkvoorziening Wmo met beschikking van de gemeente (toewijzing ${allocation.allocationNumber}, categorie ${allocation.productCategory}).`,
          `Wmo custom provision with a municipal decision (allocation ${allocation.allocationNumber}, category ${allocation.productCategory}).`,
        ),
      ],
      input,
      ctx,
    );
  }
  if (input.offer?.provision === 'algemene_voorziening') {
    return result(
      'wmo',
      'subsidy',
      [
        reason(
          'wmo_general_provision',
          '003 L254-256, L5140-5146',
          'Een algemene voorziening, voor iedereen toegankelijk zonder indicatie; de gemeente bekostigt die, niet per persoon.',
          'A general provision, open to everyone without indication; the municipality funds it, not per person.',
        ),
      ],
      input,
      ctx,
    );
  }
  if (input.offer?.provision === 'gewone_samenleving') {
    return result(
      'geen',
      'none',
      [
        reason(
          'ordinary_society',
          '003 L14-15',
          'Meedoen in de gewone samenleving: er is geen financier nodig.',
          'Taking part in ordinary society: no funder is needed.',
        ),
      ],
      input,
      ctx,
    );
  }
  return result(
    'particulier',
    'client_invoice',
    [
      reason(
        'no_entitlement',
        '003 L2098-2102',
        'Er is op deze datum geen indicatie, toewijzing of regeling: de persoon betaalt zelf.',
        'There is no indication, allocation or arrangement on this date: the person pays.',
      ),
    ],
    input,
    ctx,
    [
      reason(
        'no_entitlement_warning',
        '003 L5131-5141',
        'Vraag een Wmo-beschikking aan als de persoon dit niet zelf kan of wil betalen.',
        'Ask for a Wmo decision if the person cannot or will not pay.',
      ),
    ],
  );
}
