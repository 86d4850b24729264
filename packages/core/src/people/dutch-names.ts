/**
 * Dutch family names with a prefix (tussenvoegsel): "van den Berg" is filed under B, written in full.
 * The prefixes are those of the Dutch civil registry's table of voorvoegsels (BRP/GBA tabel 36, RvIG);
 * lower-case here, compared case-insensitively. Longest first, so "van den" wins over "van".
 */
export const TUSSENVOEGSELS: readonly string[] = [
  'van de',
  'van den',
  'van der',
  'van het',
  "van 't",
  'van ter',
  'van ten',
  'uit de',
  'uit den',
  'uit het',
  "uit 't",
  'op de',
  'op den',
  'op het',
  "op 't",
  'in de',
  'in den',
  'in het',
  "in 't",
  'aan de',
  'aan den',
  'aan het',
  'bij de',
  'over de',
  'onder de',
  'voor de',
  'voor den',
  'de la',
  'de le',
  'de los',
  'van',
  'de',
  'den',
  'der',
  'het',
  "'t",
  'ter',
  'ten',
  'te',
  'in',
  'op',
  'uit',
  'aan',
  'bij',
  'tot',
  'la',
  'le',
  'du',
  'von',
  'zu',
  "d'",
  "l'",
].sort((a, b) => b.length - a.length);

export interface FamilyNameParts {
  /** "van den", as written in the name (keeps its case), or '' */
  prefix: string;
  /** "Berg": the part a list is sorted on */
  surname: string;
}

/** Splits "van den Berg" into prefix "van den" and surname "Berg"; a name that is only a prefix is kept whole. */
export function splitFamilyName(familyName: string): FamilyNameParts {
  const name = familyName.trim().replace(/\s+/g, ' ');
  const lower = name.toLowerCase();
  for (const prefix of TUSSENVOEGSELS) {
    // d'Ancona, l'Ortye: these prefixes are written against the name, the others with a space
    const head = prefix.endsWith("'") ? prefix : `${prefix} `;
    if (lower.startsWith(head) && name.length > head.length) {
      return { prefix: name.slice(0, prefix.length), surname: name.slice(head.length).trim() };
    }
  }
  return { prefix: '', surname: name };
}

/**
 * The key a list of people is sorted on, the Dutch way: surname first (without prefix, case- and
 * accent-insensitive), then the prefix, then the given name. "van den Berg" sorts with "Berg", before "Bos".
 */
export function dutchSortKey(person: { givenName: string; familyName: string }): string {
  const { prefix, surname } = splitFamilyName(person.familyName);
  return [surname, prefix, person.givenName].map(fold).join('\u0001');
}

/** Compares two people for a list sorted the Dutch way. */
export function compareDutchNames(
  a: { givenName: string; familyName: string },
  b: { givenName: string; familyName: string },
): number {
  const ka = dutchSortKey(a);
  const kb = dutchSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** "Berg, Anna van den": how a name is written in a list sorted on the surname. */
export function listName(person: { givenName: string; familyName: string }): string {
  const { prefix, surname } = splitFamilyName(person.familyName);
  return prefix ? `${surname}, ${person.givenName} ${prefix}` : `${surname}, ${person.givenName}`;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
