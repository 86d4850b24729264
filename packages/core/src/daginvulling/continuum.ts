/**
 * The continuum of day activities, from walk-in to regular work (DOMAIN.md §4.1; 003 L1235-1240,
 * L1600-1608, L5736-5793; 002 L52-64), and the six-rung participation ladder (VNG/Divosa,
 * REFERENCE.md §5).
 */
export const CONTINUUM_FORMS = [
  'inloop_ontmoeting',
  'belevingsgerichte_dagbesteding',
  'arbeidsmatige_dagbesteding',
  'vrijwilligerswerk',
  'leerwerkplek',
  'beschut_werk',
  'betaald_werk_ondersteund',
  'regulier_werk',
] as const;
export type ContinuumForm = (typeof CONTINUUM_FORMS)[number];

export const LADDER_RUNGS = [1, 2, 3, 4, 5, 6] as const;
export type LadderRung = (typeof LADDER_RUNGS)[number];
export const LADDER_RUNG_NAMES: Record<LadderRung, string> = {
  1: 'geïsoleerd',
  2: 'sociale contacten buiten de deur',
  3: 'deelname georganiseerde activiteiten',
  4: 'onbetaald werk',
  5: 'betaald werk met ondersteuning',
  6: 'betaald werk',
};

/**
 * Where an offer stands: in ordinary society, a general (voorliggende) provision without indication,
 * or maatwerk. 003 L2093-2096, L894-900, L5143-5146: general provisions and ordinary society come first.
 */
export type ProvisionKind = 'gewone_samenleving' | 'algemene_voorziening' | 'maatwerk';

export interface FormInfo {
  /** Position on the continuum, 1 (walk-in) to 8 (regular work). */
  step: number;
  /** The ladder rung that taking part typically means (REFERENCE.md §5 definitions). */
  rung: LadderRung;
  kind: ProvisionKind;
}

export const FORM_INFO: Record<ContinuumForm, FormInfo> = {
  inloop_ontmoeting: { step: 1, rung: 3, kind: 'algemene_voorziening' }, // Wmo general provision, no indication
  belevingsgerichte_dagbesteding: { step: 2, rung: 3, kind: 'maatwerk' }, // Wmo maatwerk or Wlz
  arbeidsmatige_dagbesteding: { step: 3, rung: 4, kind: 'maatwerk' }, // work-oriented, no wage
  vrijwilligerswerk: { step: 4, rung: 4, kind: 'gewone_samenleving' }, // unpaid work with responsibility
  leerwerkplek: { step: 5, rung: 4, kind: 'gewone_samenleving' }, // learning-work place, internship
  beschut_werk: { step: 6, rung: 5, kind: 'maatwerk' }, // Participatiewet, minimum wage
  betaald_werk_ondersteund: { step: 7, rung: 5, kind: 'gewone_samenleving' }, // IPS, jobcoach, loonkostensubsidie
  regulier_werk: { step: 8, rung: 6, kind: 'gewone_samenleving' },
};

export function isLadderRung(value: unknown): value is LadderRung {
  return typeof value === 'number' && (LADDER_RUNGS as readonly number[]).includes(value);
}
