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

/** Roles a participant can grow into at a place (003 L4994-4995: doorgroeien tot vrijwilliger, medewerker; L5032-5036: mede-eigenaar). */
export const GROWTH_ROLES = ['deelnemer', 'vrijwilliger', 'medewerker', 'mede_eigenaar'] as const;
export type GrowthRole = (typeof GROWTH_ROLES)[number];

/**
 * Where an offer stands: in ordinary society, a general (voorliggende) provision without indication,
 * or maatwerk. 003 L14-15: ordinary society where possible, a separate provision only if and as long as
 * needed; 003 L5139-5146: a general provision is open to all without indication and comes before maatwerk.
 */
export type ProvisionKind = 'gewone_samenleving' | 'algemene_voorziening' | 'maatwerk';

export interface FormInfo {
  /** Position on the continuum, 1 (walk-in) to 8 (regular work). */
  step: number;
  /** Paid work (rung 6), paid work with support (rung 5), or unpaid (rung 3 or 4, by what the person does there). */
  pay: 'unpaid' | 'paid_with_support' | 'paid';
  /** An ordinary workplace or organisation in society, or a provision (general or maatwerk, by its access). */
  setting: 'society' | 'provision';
}

export const FORM_INFO: Record<ContinuumForm, FormInfo> = {
  inloop_ontmoeting: { step: 1, pay: 'unpaid', setting: 'provision' },
  belevingsgerichte_dagbesteding: { step: 2, pay: 'unpaid', setting: 'provision' },
  arbeidsmatige_dagbesteding: { step: 3, pay: 'unpaid', setting: 'provision' }, // work-oriented, no wage
  vrijwilligerswerk: { step: 4, pay: 'unpaid', setting: 'society' },
  leerwerkplek: { step: 5, pay: 'unpaid', setting: 'society' }, // learning-work place, internship
  beschut_werk: { step: 6, pay: 'paid_with_support', setting: 'provision' }, // Participatiewet, minimum wage
  betaald_werk_ondersteund: { step: 7, pay: 'paid_with_support', setting: 'society' }, // IPS, jobcoach, loonkostensubsidie
  regulier_werk: { step: 8, pay: 'paid', setting: 'society' },
};

/**
 * The kind of provision an offer is: a place in society stays ordinary society whatever supports it;
 * a provision open without indication is a general provision (003 L5139-5143), otherwise it is maatwerk.
 */
export function provisionKind(form: ContinuumForm, openWithoutIndication: boolean): ProvisionKind {
  if (FORM_INFO[form].setting === 'society') return 'gewone_samenleving';
  return openWithoutIndication ? 'algemene_voorziening' : 'maatwerk';
}

/**
 * The ladder rung that taking part in a form in a role means — from what the person does there, not
 * from the form alone (REFERENCE.md §5, VNG/Divosa definitions): paid work is rung 6, paid work with
 * support rung 5; unpaid, a participant without responsibility towards others is rung 3 ("deelname
 * georganiseerde activiteiten"), a volunteer, co-worker or co-owner carrying tasks with responsibility
 * towards others is rung 4 ("onbetaald werk"). Offers meet weekly (schedules are weekly), as both rungs require.
 */
export function rungOf(form: ContinuumForm, role: GrowthRole): LadderRung {
  const pay = FORM_INFO[form].pay;
  if (pay === 'paid') return 6;
  if (pay === 'paid_with_support') return 5;
  return role === 'deelnemer' ? 3 : 4;
}

export function isLadderRung(value: unknown): value is LadderRung {
  return typeof value === 'number' && (LADDER_RUNGS as readonly number[]).includes(value);
}
