import type { FinancingParameters } from './parameters.js';

/**
 * The default parameter set for 2026, with the source of every value. Tariffs are the ONVZ 2026 maximum
 * reimbursements for non-contracted providers (an insurer's figure, not an NZa tariff): an organisation
 * with contracts replaces them with its contract tariffs.
 */
export const FINANCING_PARAMETERS_2026: FinancingParameters = {
  id: 'nl-2026',
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  ergotherapie: {
    quarterMinutes: 15,
    rounding: 'nearest',
    basicCoverQuarters: 40,
    countIndirectMinutes: false,
    screeningCountsAgainstCover: true,
    codes: {
      individuele_zitting: '5000',
      dte_screening: '5002',
      intake_na_screening: '5003',
      intake_na_verwijzing: '5004',
      screening_intake_onderzoek: '5005',
      eenmalig_onderzoek: '5006',
      kinder_zitting: '5008',
      hand_zitting: '5009',
      telefonische_zitting: '5010',
      instructie_ouders: '5011',
      ouderen_zitting: '5054',
    },
    groupCodes: [
      { size: 2, maxSize: 2, code: '5012' },
      { size: 3, maxSize: 3, code: '5013' },
      { size: 4, maxSize: 4, code: '5014' },
      { size: 5, maxSize: 10, code: '5015' },
    ],
    surchargeCodes: { aan_huis: '5001', instelling: '5007', werkplek: '5017' },
    tariffsCents: {
      '5000': 1668,
      '5001': 2682,
      '5002': 1668,
      '5003': 1668,
      '5004': 1668,
      '5005': 1668,
      '5006': 1668,
      '5007': 1453,
      '5008': 1668,
      '5009': 1668,
      '5010': 1668,
      '5011': 1668,
      '5012': 1858,
      '5013': 1858,
      '5014': 1858,
      '5015': 1858,
      '5017': 2578,
      '5054': 1668,
    },
  },
  eigenRisico: { amountCents: 38500 },
  supplementaryPolicies: [],
  wlz: { dagbestedingCode: null, dagbestedingTariffCents: null, minMinutesPerDagdeel: 120 },
  sources: {
    'ergotherapie.quarterMinutes':
      '004 L110-111 ("vaste vergoeding per verrichtingseenheid van een kwartier"); REFERENCE.md §7.1 (unive.nl, normenkaderzorg N0942)',
    'ergotherapie.rounding':
      'UNCONFIRMED: no NZa rounding rule was found; REFERENCE.md §7.1 records practices that round to quarters. Default: to the nearest quarter (8+ minutes of a started quarter count)',
    'ergotherapie.basicCoverQuarters':
      '004 L109-110 (tien uur per kalenderjaar); Besluit zorgverzekering art. 2.6 lid 7 via zorginstituutnederland.nl (REFERENCE.md §7.1)',
    'ergotherapie.countIndirectMinutes':
      '004 L111-112 ("Alleen contacttijd mag ... gedeclareerd worden"); REFERENCE.md §7.1 marks the NZa text UNCONFIRMED',
    'ergotherapie.screeningCountsAgainstCover':
      'practice sites: annemieke-ergotherapie.nl ("een kwartier van de beschikbare uren"), rise-up-ergotherapie.com ("gaat van uw 10 behandeluren af") — medium',
    'ergotherapie.codes': 'Vektis prestatiecodelijst 012 via ONVZ 2026 (REFERENCE.md §7.2); NZa BWBR0047864 art. 3',
    'ergotherapie.surchargeCodes':
      'REFERENCE.md §7.2: 5001 aan huis, 5007 instelling, 5017 werkplek (eenmalig); normenkaderzorg N0272, N0034',
    'ergotherapie.tariffsCents':
      'ONVZ maximum reimbursements 2026, non-contracted (onvz.nl, REFERENCE.md §7.2): insurer-specific, replace with contract tariffs',
    'eigenRisico.amountCents':
      'Zvw art. 19; €385 in 2026 (zilverenkruis.nl Prinsjesdag page: "Het eigen risico blijft in 2026 gelijk ... Kinderen tot 18 jaar betalen geen eigen risico")',
    supplementaryPolicies: 'per insurer policy; none by default — the organisation enters the policies of its clients',
    'wlz.dagbestedingCode':
      'UNCONFIRMED (REFERENCE.md §9, §12): take from the NZa beleidsregel modulaire zorg / iWlz prestatiecodelijst',
    'wlz.minMinutesPerDagdeel':
      'assumption per contract, as daginvulling/units.ts DEFAULT_UNIT_RULES (a dagdeel is 4 hours, code 16)',
  },
};

export const DEFAULT_FINANCING_PARAMETERS: readonly FinancingParameters[] = [FINANCING_PARAMETERS_2026];
