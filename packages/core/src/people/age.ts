/** Whole years between a birth date and a reference date, both as ISO dates (YYYY-MM-DD). Pure: the caller supplies "today". */
export function ageInYears(birthDate: string, onDate: string): number {
  const [by, bm, bd] = parseIsoDate(birthDate);
  const [y, m, d] = parseIsoDate(onDate);
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

export function parseIsoDate(value: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`not an ISO date: ${value}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}
