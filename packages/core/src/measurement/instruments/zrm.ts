import { localCoding, type InstrumentDefinition, type ItemDefinition, type LocalText } from '../instrument-types.js';

/**
 * Zelfredzaamheid-Matrix (ZRM 2017, GGD Amsterdam), REFERENCE.md §6: 13 domains, each scored on five levels
 * by a trained professional; all domains are scored; the current situation counts. No total score is
 * published, so the ZRM is a profile of 13 domain scores. The criteria per level and domain (the matrix
 * itself) are © GGD Amsterdam and not shipped; domain and level names are.
 *
 * Only the adult ZRM 2017 ships. The youth ZRM (12-18) uses other indicators and the older ZRM had 11 domains
 * whose list REFERENCE.md does not give in full (`version` keeps editions apart).
 */

/** REFERENCE.md §6: 1 acute problematiek … 5 volledig zelfredzaam (high). */
export const ZRM_LEVELS = [1, 2, 3, 4, 5] as const;
export const ZRM_LEVEL_NAMES: Record<(typeof ZRM_LEVELS)[number], LocalText> = {
  1: { nl: 'acute problematiek', en: 'acute problems' },
  2: { nl: 'niet zelfredzaam', en: 'not self-sufficient' },
  3: { nl: 'beperkt zelfredzaam', en: 'limited self-sufficiency' },
  4: { nl: 'voldoende zelfredzaam', en: 'adequately self-sufficient' },
  5: { nl: 'volledig zelfredzaam', en: 'fully self-sufficient' },
};

/** The 13 domains of the ZRM 2017: professional name, and the client-language name of MijnZRM (REFERENCE.md §6). */
export const ZRM_DOMAINS = [
  { id: 'finances', nl: 'Financiën', client: 'Geldzaken', en: 'Finances' },
  { id: 'work_education', nl: 'Werk & opleiding', client: 'Werk en opleiding', en: 'Work and education' },
  { id: 'time_use', nl: 'Tijdsbesteding', client: 'Tijdsbesteding', en: 'Use of time' },
  { id: 'housing', nl: 'Huisvesting', client: 'Woning', en: 'Housing' },
  { id: 'domestic_relations', nl: 'Huiselijke relaties', client: 'Relaties thuis', en: 'Domestic relationships' },
  { id: 'mental_health', nl: 'Geestelijke gezondheid', client: 'Geestelijke gezondheid', en: 'Mental health' },
  { id: 'physical_health', nl: 'Lichamelijke gezondheid', client: 'Lichamelijke gezondheid', en: 'Physical health' },
  { id: 'substance_use', nl: 'Middelengebruik', client: 'Verslaving', en: 'Substance use' },
  { id: 'basic_adl', nl: 'Basale ADL', client: 'Zelfzorg', en: 'Basic ADL' },
  { id: 'instrumental_adl', nl: 'Instrumentele ADL', client: 'Dagelijkse activiteiten', en: 'Instrumental ADL' },
  { id: 'social_network', nl: 'Sociaal netwerk', client: 'Sociaal netwerk', en: 'Social network' },
  {
    id: 'social_participation',
    nl: 'Maatschappelijke participatie',
    client: 'Inzet voor de maatschappij',
    en: 'Social participation',
  },
  { id: 'justice', nl: 'Justitie', client: 'Justitie', en: 'Justice' },
] as const;

const items: ItemDefinition[] = ZRM_DOMAINS.map((d) => ({
  id: d.id,
  answer: { kind: 'level', levels: ZRM_LEVELS },
  // REFERENCE.md §6: score all domains.
  required: true,
  label: { nl: d.nl, en: d.en },
}));

export const ZRM: InstrumentDefinition = {
  id: 'zrm',
  abbreviation: 'ZRM',
  name: { nl: 'Zelfredzaamheid-Matrix', en: 'Self-Sufficiency Matrix (ZRM)' },
  version: '2017',
  purpose: 'self_sufficiency',
  // REFERENCE.md §6: scored by trained professionals.
  respondents: ['therapist'],
  // Issue 13: at intake and evaluation (movisie.nl/tools/zelfredzaamheid-matrix-zrm: intake, progress, closure).
  moments: ['intake', 'evaluation'],
  // REFERENCE.md §6: this is the ZRM for adults; young people (12-18) have their own version.
  ages: { min: 18, max: null },
  items,
  scales: ZRM_DOMAINS.map((d) => ({
    id: d.id,
    kind: 'domain' as const,
    items: [d.id],
    method: 'sum' as const,
    range: { min: 1, max: 5 },
    decimals: 0,
    label: { nl: d.nl, en: d.en },
    coding: localCoding(`zrm-${d.id}`, `ZRM ${d.en}`),
  })),
  cutoffs: [],
  reliableChange: [],
  licence: {
    status: 'licensed',
    holder: 'GGD Amsterdam (Lauriks et al.)',
    covers: ['criteria_text'],
    digitalUseNeedsExplicitLicence: false,
    note: 'Manual and score forms are requested from zelfredzaamheidmatrix.nl; record that agreement.',
    source: 'REFERENCE.md §6',
  },
  // The professional scores with the matrix at hand; the criteria may be loaded, domain and level names ship.
  content: 'none',
  itemsPerGoal: false,
  sources: ['REFERENCE.md §6'],
};
