import { describe, expect, it } from 'vitest';
import { compareDutchNames, listName, splitFamilyName } from './dutch-names.js';
import { parseClientQuery } from './client-query.js';

describe('Dutch family names', () => {
  it('splits the prefix off, longest first, keeping how it is written', () => {
    expect(splitFamilyName('van den Berg')).toEqual({ prefix: 'van den', surname: 'Berg' });
    expect(splitFamilyName('Van der  Meer')).toEqual({ prefix: 'Van der', surname: 'Meer' });
    expect(splitFamilyName("'t Hart")).toEqual({ prefix: "'t", surname: 'Hart' });
    expect(splitFamilyName("d'Ancona")).toEqual({ prefix: "d'", surname: 'Ancona' });
    expect(splitFamilyName('de Vries')).toEqual({ prefix: 'de', surname: 'Vries' });
  });

  it('keeps names that only look like a prefix whole', () => {
    expect(splitFamilyName('Vandenberg')).toEqual({ prefix: '', surname: 'Vandenberg' });
    expect(splitFamilyName('Van')).toEqual({ prefix: '', surname: 'Van' });
    expect(splitFamilyName('Terpstra')).toEqual({ prefix: '', surname: 'Terpstra' });
  });

  it('files "van den Berg" under B, before Bos, and ignores case and accents', () => {
    const people = [
      { givenName: 'Piet', familyName: 'Bos' },
      { givenName: 'Anna', familyName: 'van den Berg' },
      { givenName: 'Kees', familyName: 'Aalders' },
      { givenName: 'Émile', familyName: 'de Vries' },
      { givenName: 'Tom', familyName: 'Ćosić' },
    ];
    expect([...people].sort(compareDutchNames).map((p) => p.familyName)).toEqual([
      'Aalders',
      'van den Berg',
      'Bos',
      'Ćosić',
      'de Vries',
    ]);
    expect(listName({ givenName: 'Anna', familyName: 'van den Berg' })).toBe('Berg, Anna van den');
    expect(listName({ givenName: 'Piet', familyName: 'Bos' })).toBe('Bos, Piet');
  });
});

describe('what someone types in the client search', () => {
  it('reads a date of birth written the Dutch way or as ISO', () => {
    expect(parseClientQuery('14-03-2012')).toEqual({ kind: 'birthDate', birthDate: '2012-03-14' });
    expect(parseClientQuery('4-3-2012')).toEqual({ kind: 'birthDate', birthDate: '2012-03-04' });
    expect(parseClientQuery('2012-03-14')).toEqual({ kind: 'birthDate', birthDate: '2012-03-14' });
  });

  it('takes an impossible date and anything else as words of a name', () => {
    expect(parseClientQuery('31-02-2012')).toEqual({ kind: 'name', words: ['31-02-2012'] });
    expect(parseClientQuery('  Van den  Berg ')).toEqual({ kind: 'name', words: ['van', 'den', 'berg'] });
  });
});
