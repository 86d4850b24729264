import { localCoding, type InstrumentDefinition, type ItemDefinition, type LocalText } from '../instrument-types.js';

/**
 * MANSA, Manchester Short Assessment of Quality of Life (Priebe, Huxley, Knight & Evans 1999), REFERENCE.md §4:
 * 16 questions, 12 satisfaction items on 1-7 and 4 yes/no items; the score is the MEAN of the 12 satisfaction
 * items (1-7). 001 L3772-3778 names it among the self-report lists of vaktherapie research; quality of life
 * belongs to outcome monitoring (001 L3740-3744).
 *
 * Decision on the Dutch wording: REFERENCE.md §4 takes it from roqua/quby_engine, whose LICENSE says the
 * code "does not come with a default license … you cannot use it without contacting us first", and tells us
 * to "use the item set of the Dutch version you are licensed to use". So the structure and scoring ship
 * complete, the question wording and the 1-7 anchor texts do not: the organisation loads the Dutch version it
 * may use (licensed-content.ts). The labels below are our own short topic names, not the questions.
 */
const S = (id: string, nl: string, en: string): ItemDefinition => ({
  id,
  answer: { kind: 'likert', min: 1, max: 7 },
  required: true,
  label: { nl, en },
});
// Yes/no items are recorded, not scored; they ask about violence and crime, so a client may leave them open.
const YN = (id: string, nl: string, en: string): ItemDefinition => ({
  id,
  answer: { kind: 'yes_no' },
  required: false,
  label: { nl, en },
});

// Order and type as in the Dutch item list of REFERENCE.md §4 (S = scored 1-7, Y/N = not scored).
const ITEMS: ItemDefinition[] = [
  S('item_1', 'Leven als geheel', 'Life as a whole'),
  S('item_2', 'Woning', 'Accommodation'),
  S('item_3', 'Huisgenoten of alleen wonen', 'People you live with, or living alone'),
  S('item_4', 'Dagbesteding', 'Daytime activities'),
  S('item_5', 'Lichamelijke gezondheid', 'Physical health'),
  S('item_6', 'Psychische gezondheid', 'Mental health'),
  YN('item_7', 'Slachtoffer van geweld (afgelopen jaar)', 'Victim of violence (past year)'),
  S('item_8', 'Persoonlijke veiligheid', 'Personal safety'),
  YN('item_9', 'Beschuldigd van een misdrijf (afgelopen jaar)', 'Accused of a crime (past year)'),
  YN('item_10', 'Heeft een goede vriend(in)', 'Has a close friend'),
  YN('item_11', 'Vriend(in) gesproken (afgelopen week)', 'Spoke to a friend (past week)'),
  S('item_12', 'Sociale relaties', 'Social relationships'),
  S('item_13', 'Relatie met familie', 'Relationship with family'),
  S('item_14', 'Huidige relatie of geen relatie', 'Current partner, or having none'),
  S('item_15', 'Seksueel leven', 'Sex life'),
  S('item_16', 'Financiële situatie', 'Financial situation'),
];

/** REFERENCE.md §4: scored items 1, 2, 3, 4, 5, 6, 8, 12, 13, 14, 15, 16. */
export const MANSA_SCORED_ITEMS = ITEMS.filter((i) => i.answer?.kind === 'likert').map((i) => i.id);

const label: LocalText = { nl: 'Gemiddelde tevredenheid', en: 'Mean satisfaction' };

export const MANSA: InstrumentDefinition = {
  id: 'mansa',
  abbreviation: 'MANSA',
  name: { nl: 'Manchester Short Assessment of Quality of Life', en: 'Manchester Short Assessment of Quality of Life' },
  version: null,
  purpose: 'quality_of_life',
  // 001 L3774: "zelfrapportage vragenlijsten".
  respondents: ['client'],
  // Issue 13: quality of life at intake and at evaluations (the closing evaluation included).
  moments: ['intake', 'evaluation'],
  // REFERENCE.md §4 gives no age range.
  ages: null,
  items: ITEMS,
  scales: [
    {
      id: 'total',
      kind: 'total',
      items: MANSA_SCORED_ITEMS,
      method: 'mean',
      range: { min: 1, max: 7 },
      decimals: 2,
      label,
      coding: localCoding('mansa-mean', 'MANSA mean satisfaction score'),
    },
  ],
  // REFERENCE.md §4 gives no cut-off and no reliable change index for the MANSA → none unless configured.
  cutoffs: [],
  reliableChange: [],
  licence: {
    status: 'licensed',
    holder: 'Priebe et al. (MANSA); the publisher of the Dutch translation',
    covers: ['item_wording'],
    digitalUseNeedsExplicitLicence: false,
    note: 'Record which Dutch version you are licensed to use and load its questions and answer texts.',
    source: 'REFERENCE.md §4; roqua/quby_engine LICENSE',
  },
  content: 'wording',
  itemsPerGoal: false,
  sources: ['001 L3740-3744', '001 L3772-3778', 'REFERENCE.md §4'],
};
