/**
 * What someone typed in the client search: a date of birth ("14-03-2012", "14-3-2012", "2012-03-14") or
 * (part of) a name — "van den Berg", "Berg", "Anna Berg". A BSN (nine digits) is recognised separately.
 */
export type ClientQuery = { kind: 'birthDate'; birthDate: string } | { kind: 'name'; words: string[] };

export function parseClientQuery(text: string): ClientQuery {
  const q = text.trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(q);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(q);
  const parts = dutch ? [dutch[3], dutch[2], dutch[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (parts) {
    const [y, m, d] = parts.map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return { kind: 'birthDate', birthDate: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
    }
  }
  return {
    kind: 'name',
    words: q
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 0),
  };
}
