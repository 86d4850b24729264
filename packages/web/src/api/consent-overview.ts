import { useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf, type ApiQuery, type ApiResponse } from './client';

const OVERVIEW = '/api/v1/consents';

/** One consent in the privacy officer's overview across persons (issue 14). */
export type OverviewConsent = ApiResponse<typeof OVERVIEW>['items'][number];
export type ConsentStatus = OverviewConsent['status'];

/** The filters as the form holds them: '' is "any". */
export interface ConsentOverviewFilter {
  status: '' | ConsentStatus;
  /** Days ahead, as chosen in the list ('' = no limit). */
  expiringWithinDays: string;
  name: string;
}

/** Pages of 50, newest recorded first; the next page is fetched when asked for. */
export function useConsentOverview(filter: ConsentOverviewFilter) {
  const query: ApiQuery<typeof OVERVIEW> = { limit: 50 };
  if (filter.status) query.status = filter.status;
  if (filter.expiringWithinDays) query.expiringWithinDays = Number(filter.expiringWithinDays);
  if (filter.name.trim()) query.name = filter.name.trim();
  return useInfiniteQuery({
    queryKey: ['consent-overview', query],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      dataOf(api.GET(OVERVIEW, { params: { query: pageParam ? { ...query, cursor: pageParam } : query } })),
    getNextPageParam: (last) => last.nextCursor,
  });
}
