import type { Bundle, BundleLink, OperationOutcome, Resource } from '@medplum/fhirtypes';

/** Paging of a search: `_count` per page (bounded), `_offset` into the matches. */
export interface Page {
  count: number;
  offset: number;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/**
 * A searchset Bundle of one page of matches, the included resources after them, and links to this
 * page, the first, the previous and the next (FHIR R4 §3.1.1.4 paging). `selfQuery` is the search's
 * own query string without `_offset` and `_count`; the links add them again.
 */
export function searchBundle(
  base: string,
  type: string,
  selfQuery: string,
  matches: readonly Resource[],
  page: Page,
  included: readonly Resource[] = [],
): Bundle {
  const shown = matches.slice(page.offset, page.offset + page.count);
  const link = (relation: string, offset: number): BundleLink => ({
    relation,
    url: `${base}/${type}?${selfQuery ? `${selfQuery}&` : ''}_count=${page.count}&_offset=${offset}`,
  });
  const links: BundleLink[] = [link('self', page.offset), link('first', 0)];
  if (page.offset > 0) links.push(link('previous', Math.max(0, page.offset - page.count)));
  if (page.offset + page.count < matches.length) links.push(link('next', page.offset + page.count));
  const seen = new Set(shown.map((r) => `${r.resourceType}/${r.id}`));
  const includes = included.filter((r) => {
    const key = `${r.resourceType}/${r.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: matches.length,
    link: links,
    entry: [
      ...shown.map((resource) => ({
        fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
        resource,
        search: { mode: 'match' as const },
      })),
      ...includes.map((resource) => ({
        fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
        resource,
        search: { mode: 'include' as const },
      })),
    ],
  };
}

type IssueType = NonNullable<OperationOutcome['issue']>[number]['code'];

/** An OperationOutcome carrying one of Meedoen's problems: the stable code, the text in Dutch and English. */
export function problemOutcome(
  code: string,
  status: number,
  textNl: string,
  textEn: string,
  expression: readonly string[] = [],
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code: issueTypeOf(status),
        details: { coding: [{ system: 'urn:meedoen:problem', code }], text: textNl },
        diagnostics: textEn,
        ...(expression.length > 0 ? { expression: [...expression] } : {}),
      },
    ],
  };
}

function issueTypeOf(status: number): IssueType {
  if (status === 401) return 'login';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'exception';
  return 'invalid';
}
