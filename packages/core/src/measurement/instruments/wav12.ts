import type { InstrumentDefinition } from '../instrument-types.js';

/**
 * WAV-12, the Dutch short Working Alliance Inventory ("Werk Alliantie Vragenlijst", Stinckens, Ulburghs &
 * Claes), REFERENCE.md §3. Confirmed: it exists, it has 12 items and three factors — bond (band), goals
 * (doelen), tasks (taken). UNCONFIRMED: its response scale, its item key (which item belongs to which
 * factor) and any reverse-keyed items; its wording is not available to us. So nothing of that is invented
 * here: the organisation loads wording AND scoring key with its permission (licensed-content.ts), and
 * until then WAV-12 cannot be administered.
 *
 * 001 L3720-3728: asked of patient and therapist early in the contact, repeated at the end.
 */
export const WAV12_ITEM_IDS = Array.from({ length: 12 }, (_, i) => `item_${i + 1}`);

/** The three factors (REFERENCE.md §3, high). Ids follow the WAI (bond, goal, task). */
export const WAV12_SUBSCALES = {
  bond: { nl: 'Band', en: 'Bond' },
  goal: { nl: 'Doelen', en: 'Goals' },
  task: { nl: 'Taken', en: 'Tasks' },
} as const;

export const WAV12: InstrumentDefinition = {
  id: 'wav12',
  abbreviation: 'WAV-12',
  name: { nl: 'Werkalliantievragenlijst (WAV-12)', en: 'Working Alliance Questionnaire (WAV-12)' },
  version: null,
  purpose: 'alliance',
  // 001 L3720-3722: patient and therapist are both asked.
  respondents: ['client', 'therapist'],
  // 001 L3720-3728: early in the contact (the third session: issue 13, configurable) and at the end.
  moments: ['third_session', 'closure'],
  // REFERENCE.md gives no age range for the WAV-12.
  ages: null,
  // answer null: the response scale comes from the loaded scoring key.
  items: WAV12_ITEM_IDS.map((id) => ({ id, answer: null, required: true })),
  // Built from the loaded key (licensed-content.ts `applyScoringKey`).
  scales: [],
  // Rivet's bands are a vendor heuristic (REFERENCE.md §3, low): no cut-off.
  cutoffs: [],
  reliableChange: [],
  // REFERENCE.md §3: WAI is open access; translations need a Limited Copyright Release; for commercial
  // software ask the Society for Psychotherapy Research for written permission.
  licence: {
    status: 'licensed',
    holder: 'Society for Psychotherapy Research (WAI); Stinckens, Ulburghs & Claes (WAV-12)',
    covers: ['item_wording', 'scoring_key'],
    digitalUseNeedsExplicitLicence: false,
    note: 'Record the written permission for the Dutch version you use; load its items and scoring key.',
    source: 'REFERENCE.md §3',
  },
  content: 'wording_and_key',
  keySubscales: WAV12_SUBSCALES,
  itemsPerGoal: false,
  sources: ['001 L3720-3728', 'REFERENCE.md §3'],
};
