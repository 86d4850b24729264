/** The seven vaktherapie disciplines (001 L26-28) plus ergotherapie (004). */
export const VAKTHERAPIE_DISCIPLINES = [
  'beeldende_therapie',
  'danstherapie',
  'dramatherapie',
  'muziektherapie',
  'psychomotorische_therapie',
  'psychomotorische_kindertherapie',
  'speltherapie',
] as const;

export type VaktherapieDiscipline = (typeof VAKTHERAPIE_DISCIPLINES)[number];
export type Discipline = VaktherapieDiscipline | 'ergotherapie';

export const DISCIPLINES: readonly Discipline[] = [...VAKTHERAPIE_DISCIPLINES, 'ergotherapie'];

export function isDiscipline(value: unknown): value is Discipline {
  return typeof value === 'string' && (DISCIPLINES as readonly string[]).includes(value);
}

/** 001 L1482-1484: PMKT and speltherapie are for children and youth only. */
export function isChildOnlyDiscipline(discipline: Discipline): boolean {
  return discipline === 'psychomotorische_kindertherapie' || discipline === 'speltherapie';
}
