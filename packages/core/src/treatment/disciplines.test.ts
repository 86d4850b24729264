import { describe, expect, it } from 'vitest';
import { DISCIPLINES, isChildOnlyDiscipline, isDiscipline, VAKTHERAPIE_DISCIPLINES } from './disciplines.js';

describe('disciplines', () => {
  it('are the seven vaktherapie disciplines plus ergotherapie', () => {
    expect(VAKTHERAPIE_DISCIPLINES).toHaveLength(7);
    expect(DISCIPLINES).toHaveLength(8);
    expect(isDiscipline('ergotherapie')).toBe(true);
    expect(isDiscipline('yoga')).toBe(false);
  });
  it('marks speltherapie and PMKT as for children and youth only (001 L1482-1484)', () => {
    expect(DISCIPLINES.filter(isChildOnlyDiscipline)).toEqual(['psychomotorische_kindertherapie', 'speltherapie']);
  });
});
