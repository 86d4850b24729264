import { LADDER_RUNGS, LADDER_RUNG_NAMES } from '../../daginvulling/continuum.js';
import { localCoding, type InstrumentDefinition } from '../instrument-types.js';

/**
 * The participation ladder (VNG/Divosa, REFERENCE.md §5) as a measurement: the rung the person stands on,
 * 1 geïsoleerd … 6 betaald werk. Rungs and names are the ones of daginvulling/continuum.ts. Public: open.
 * REFERENCE.md §5: measure at least twice a year, e.g. before and after an intervention.
 */
export const PARTICIPATION_LADDER: InstrumentDefinition = {
  id: 'participation_ladder',
  abbreviation: 'Participatieladder',
  name: { nl: 'Participatieladder', en: 'Participation ladder' },
  version: null,
  purpose: 'participation',
  // The professional records the rung with the person (daginvulling/ladder.ts keeps the history).
  respondents: ['therapist'],
  moments: ['intake', 'evaluation'],
  ages: null,
  items: [
    {
      id: 'rung',
      answer: { kind: 'level', levels: LADDER_RUNGS },
      required: true,
      label: { nl: 'Trede', en: 'Rung' },
    },
  ],
  scales: [
    {
      id: 'total',
      kind: 'total',
      items: ['rung'],
      method: 'sum',
      range: { min: 1, max: 6 },
      decimals: 0,
      label: { nl: 'Trede', en: 'Rung' },
      coding: localCoding('participation-ladder-rung', 'Participatieladder rung'),
    },
  ],
  cutoffs: [],
  reliableChange: [],
  licence: {
    status: 'open',
    holder: 'VNG / Divosa',
    note: `Public ladder: ${LADDER_RUNGS.map((r) => `${r} ${LADDER_RUNG_NAMES[r]}`).join('; ')}.`,
    source: 'REFERENCE.md §5',
  },
  content: 'none',
  itemsPerGoal: false,
  sources: ['REFERENCE.md §5'],
};
