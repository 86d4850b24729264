import {
  SNOMED_CT,
  VAS,
  type InstrumentDefinition,
  type ItemDefinition,
  type LicenceTerms,
  type ScaleDefinition,
} from '../instrument-types.js';

/**
 * The ORS/SRS family (PCOMS / CDOI; Miller & Duncan), REFERENCE.md §1.
 *
 * What ships: item ids, the 0-10 line per item, totals 0-40, cut-offs and reliable change with their
 * sources. What does NOT ship: item wording, anchors and the form layout — copyrighted; the organisation
 * loads them with its licence (REFERENCE.md §1.6, licensed-content.ts). Item ids name the published
 * domains (REFERENCE.md §1.1 structure, high confidence), not the wording.
 */

// REFERENCE.md §1.6: paper licence free for individuals, group licence for organisations; "NO ELECTRONIC OR
// DIGITAL USE" under the individual licence — digital administration needs its own licence.
const PCOMS_LICENCE: LicenceTerms = {
  status: 'licensed',
  holder: 'Scott D. Miller & Barry L. Duncan (PCOMS / Better Outcomes Now / FIT)',
  covers: ['item_wording', 'form_layout', 'digital_administration'],
  digitalUseNeedsExplicitLicence: true,
  note: 'Paper use needs the developers’ (group) licence; digital administration needs a licence that says so.',
  source: 'REFERENCE.md §1.6',
};

const vasItems = (ids: readonly string[]): ItemDefinition[] => ids.map((id) => ({ id, answer: VAS, required: true }));

function total(ids: readonly string[], code: { system: string; code: string; display: string }): ScaleDefinition {
  // REFERENCE.md §1.1: total = sum of the four 0-10 lines, 0-40, higher = better.
  return {
    id: 'total',
    kind: 'total',
    items: ids,
    method: 'sum',
    range: { min: 0, max: 40 },
    decimals: 1,
    label: { nl: 'Totaal', en: 'Total' },
    coding: code,
  };
}

// REFERENCE.md §1.1: Individual, Interpersonal, Social, Overall (high).
const ORS_ITEMS = ['individual', 'interpersonal', 'social', 'overall'] as const;
// REFERENCE.md §1.1: Relationship, Goals and Topics, Approach or Method, Overall (high).
const SRS_ITEMS = ['relationship', 'goals_topics', 'approach_method', 'overall'] as const;
// REFERENCE.md §1.4: CSRS has 4 items; their wording and domains are UNCONFIRMED → neutral ids.
const CSRS_ITEMS = ['item_1', 'item_2', 'item_3', 'item_4'] as const;

export const ORS: InstrumentDefinition = {
  id: 'ors',
  abbreviation: 'ORS',
  name: { nl: 'Outcome Rating Scale', en: 'Outcome Rating Scale' },
  version: null,
  purpose: 'outcome',
  // Duncan et al. 2006 (REFERENCE.md §1.4 source): the ORS for youth 13 and above "and their caretakers".
  respondents: ['client', 'parent'],
  // 001 L3702-3704: the ORS is filled in at the start of the session.
  moments: ['session_start'],
  // REFERENCE.md §1.4: ORS 13+ (written for a 13-year-old's reading level).
  ages: { min: 13, max: null },
  items: vasItems(ORS_ITEMS),
  scales: [total(ORS_ITEMS, { system: SNOMED_CT, code: '716613004', display: 'Outcome Rating Scale total score' })],
  cutoffs: [
    // REFERENCE.md §1.2: adult cut-off 25, "≤ 25" clinical (value high; whether 25 itself counts: medium → configurable).
    {
      scale: 'total',
      value: 25,
      concernWhen: 'at_or_below',
      meaning: 'clinical_range',
      ages: { min: 18, max: null },
      source: 'REFERENCE.md §1.2 (hiboop ORS; Crouzen 2010)',
      confidence: 'high',
    },
    // REFERENCE.md §1.2: adolescents 13-17: 28 (low-medium, one third-party memo) → configurable.
    {
      scale: 'total',
      value: 28,
      concernWhen: 'at_or_below',
      meaning: 'clinical_range',
      ages: { min: 13, max: 17 },
      source: 'REFERENCE.md §1.2 (adolescent cut-off, third-party memo)',
      confidence: 'low',
    },
  ],
  // REFERENCE.md §1.2: ≥ 5 points = reliable change (PCOMS convention, medium-high); NHS uses 6.6 → configurable.
  reliableChange: [{ scale: 'total', points: 5, source: 'REFERENCE.md §1.2 (PCOMS convention)', confidence: 'medium' }],
  licence: PCOMS_LICENCE,
  content: 'wording',
  itemsPerGoal: false,
  sources: ['001 L3698-3708', 'REFERENCE.md §1.1-§1.6'],
};

export const SRS: InstrumentDefinition = {
  id: 'srs',
  abbreviation: 'SRS',
  name: { nl: 'Session Rating Scale', en: 'Session Rating Scale' },
  version: null,
  purpose: 'alliance',
  respondents: ['client'],
  // 001 L3706-3708: the SRS is taken at the end of the session.
  moments: ['session_end'],
  // Pairs with the ORS: 13+ (REFERENCE.md §1.4; the CSRS covers 6-12).
  ages: { min: 13, max: null },
  items: vasItems(SRS_ITEMS),
  scales: [total(SRS_ITEMS, { system: SNOMED_CT, code: '720482000', display: 'Session Rating Scale score' })],
  cutoffs: [
    // REFERENCE.md §1.2: total ≤ 36 signals a possible alliance problem (value high; boundary medium: cauceos
    // uses "< 36") → configurable.
    {
      scale: 'total',
      value: 36,
      concernWhen: 'at_or_below',
      meaning: 'alliance_concern',
      ages: null,
      source: 'REFERENCE.md §1.2 (hiboop SRS; cauceos)',
      confidence: 'high',
    },
  ],
  reliableChange: [],
  licence: PCOMS_LICENCE,
  content: 'wording',
  itemsPerGoal: false,
  sources: ['001 L3706-3714', 'REFERENCE.md §1.1-§1.2, §1.6'],
};

export const CORS: InstrumentDefinition = {
  id: 'cors',
  abbreviation: 'CORS',
  name: { nl: 'Child Outcome Rating Scale', en: 'Child Outcome Rating Scale' },
  version: null,
  purpose: 'outcome',
  // Duncan et al. 2006: the CORS "for use with children 6-12 and their caretakers".
  respondents: ['client', 'parent'],
  moments: ['session_start'],
  // REFERENCE.md §1.4: 6-12 (high). 001 L3764-3765 says "tussen de 6 en 13 jaar": read as up to 13, so a
  // 13-year-old gets the ORS, which REFERENCE.md §1.4 says is written for a 13-year-old's reading level.
  ages: { min: 6, max: 12 },
  // Same four domains as the ORS, in child language with faces (REFERENCE.md §1.4; the item names are medium).
  items: vasItems(ORS_ITEMS),
  scales: [total(ORS_ITEMS, { system: SNOMED_CT, code: '718458005', display: 'Child Outcome Rating Scale total score' })],
  // REFERENCE.md §1.2: the CORS cut-off is UNCONFIRMED (the quoted 32 was not found) → none unless configured.
  cutoffs: [],
  // REFERENCE.md §1.2: NHS England CYP IAPT uses 10 for the CORS (medium; §12 lists youth RCIs as open) → configurable.
  reliableChange: [{ scale: 'total', points: 10, source: 'REFERENCE.md §1.2 (NHS England CYP IAPT 2015)', confidence: 'medium' }],
  licence: PCOMS_LICENCE,
  content: 'wording',
  itemsPerGoal: false,
  sources: ['001 L3764-3765', 'REFERENCE.md §1.2, §1.4, §1.6'],
};

export const CSRS: InstrumentDefinition = {
  id: 'csrs',
  abbreviation: 'CSRS',
  name: { nl: 'Child Session Rating Scale', en: 'Child Session Rating Scale' },
  version: null,
  purpose: 'alliance',
  respondents: ['client'],
  moments: ['session_end'],
  // REFERENCE.md §1.4: 6-12 (medium); see CORS for the "6-13" of 001 L3764-3765.
  ages: { min: 6, max: 12 },
  items: vasItems(CSRS_ITEMS),
  // REFERENCE.md §1.4: NHS pipeline lists the CSRS as 0-40.
  scales: [total(CSRS_ITEMS, { system: SNOMED_CT, code: '718762000', display: 'Child Session Rating Scale score' })],
  // No published CSRS cut-off in REFERENCE.md → none unless configured.
  cutoffs: [],
  reliableChange: [],
  licence: PCOMS_LICENCE,
  content: 'wording',
  itemsPerGoal: false,
  sources: ['001 L3764-3765', 'REFERENCE.md §1.4, §1.6'],
};

/**
 * YCORS (≤ 5, pictorial; REFERENCE.md §1.4). REFERENCE.md gives neither its items nor a scoring rule, so
 * Meedoen records that it was administered and keeps no score (the same "administered, no score" as the
 * migrated "ORS given" ticks) until a licensed definition is added.
 */
export const YCORS: InstrumentDefinition = {
  id: 'ycors',
  abbreviation: 'YCORS',
  name: { nl: 'Young Child Outcome Rating Scale', en: 'Young Child Outcome Rating Scale' },
  version: null,
  purpose: 'outcome',
  respondents: ['client', 'parent'],
  moments: ['session_start'],
  // REFERENCE.md §1.4: "5 or under" (high).
  ages: { min: null, max: 5 },
  items: [],
  scales: [],
  cutoffs: [],
  reliableChange: [],
  licence: PCOMS_LICENCE,
  content: 'none',
  itemsPerGoal: false,
  sources: ['REFERENCE.md §1.4, §1.6'],
};
