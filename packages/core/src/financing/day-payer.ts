import { ageInYears } from '../people/age.js';
import { YOUTH_AGE_LIMIT } from '../treatment/trajectory-rules.js';
import { reason } from './reasons.js';
import { payerResult, type FinancingContext, type PayerDerivation, type PayerInput } from './payer.js';
import { activeOn } from './types.js';

/** Day activities and support: admission, Wlz, Jeugdwet under 18, Participatiewet, Wmo allocation or general provision, ordinary society, else self-pay. */
export function dayPayer(input: PayerInput, ctx: FinancingContext): PayerDerivation {
  const { person } = ctx;
  const { date } = input;
  const wantsCategory = input.kind === 'daginvulling' ? '07' : '02';
  if (person.careSetting === 'ggz_klinisch') {
    return payerResult(
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
    const day = input.kind === 'daginvulling';
    const stayHere = wlz.deliveryForm === 'verblijf' && wlz.stayByThisOrganisation;
    // Individual support is part of the stay; day activities too when the package includes them (REFERENCE.md §9).
    const separate = !(stayHere && (!day || wlz.dagbestedingInStay));
    return payerResult(
      'wlz',
      separate ? 'wlz_prestatie' : 'included_in_stay',
      [
        day
          ? reason(
              'wlz_dagbesteding',
              '000 L340-362; 002 L67-70, L1048-1049',
              'De persoon heeft een Wlz-indicatie: dagbesteding valt onder de Wlz (zorgkantoor), per dagdeel.',
              'The person has a Wlz indication: day activities fall under the Wlz (care office), per half day.',
            )
          : reason(
              'wlz_begeleiding',
              '002 L67-70, L997-999',
              'De persoon heeft een Wlz-indicatie: begeleiding valt onder de Wlz (zorgkantoor).',
              'The person has a Wlz indication: support falls under the Wlz (care office).',
            ),
        separate
          ? reason(
              'wlz_separate_prestatie',
              'REFERENCE.md §9 (BR/REG-17137f)',
              'Geleverd buiten het verblijfspakket van deze instelling: een aparte Wlz-prestatie.',
              "Delivered outside this institution's stay package: a separate Wlz prestatie.",
            )
          : reason(
              'wlz_in_stay_package',
              'REFERENCE.md §9 (monitorlangdurigezorg.nl)',
              'Dit hoort bij het verblijfspakket van deze instelling; geen aparte regel.',
              "This is part of this institution's stay package; no separate line.",
            ),
      ],
      input,
      ctx,
    );
  }
  if (ageInYears(person.birthDate, date) < YOUTH_AGE_LIMIT) {
    return payerResult(
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
    return payerResult(
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
    return payerResult(
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
    return payerResult(
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
    return payerResult(
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
  return payerResult(
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
