/**
 * The search parameter kinds the facade answers (FHIR R4 §3.1.1.5 "search"): dates with a prefix
 * (`ge2026-01-01`) and tokens (`code` or `system|code`). Dates compare at the precision asked.
 */
export type DatePrefix = 'eq' | 'ne' | 'gt' | 'lt' | 'ge' | 'le';
export interface DateFilter {
  prefix: DatePrefix;
  date: string;
}

const DATE_FILTER = /^(eq|ne|gt|lt|ge|le)?(\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)$/;

/** A date filter as asked, or null when it is not one (the caller answers 400). */
export function parseDateFilter(value: string): DateFilter | null {
  const match = DATE_FILTER.exec(value);
  if (!match?.[2]) return null;
  return { prefix: (match[1] as DatePrefix | undefined) ?? 'eq', date: match[2] };
}

/** Whether a date or dateTime value lies as the filter asks, compared at the filter's precision. */
export function matchesDate(value: string | undefined, filter: DateFilter): boolean {
  if (!value) return false;
  const here = value.slice(0, filter.date.length);
  switch (filter.prefix) {
    case 'eq':
      return here === filter.date;
    case 'ne':
      return here !== filter.date;
    case 'gt':
      return here > filter.date;
    case 'lt':
      return here < filter.date;
    case 'ge':
      return here >= filter.date;
    case 'le':
      return here <= filter.date;
  }
}

/** Whether any coding matches a token: `code`, `system|code`, or `system|` for any code of that system. */
export function matchesToken(codings: readonly { system?: string; code?: string }[], token: string): boolean {
  const bar = token.indexOf('|');
  if (bar < 0) return codings.some((c) => c.code === token);
  const system = token.slice(0, bar);
  const code = token.slice(bar + 1);
  return codings.some((c) => (system === '' || c.system === system) && (code === '' || c.code === code));
}
