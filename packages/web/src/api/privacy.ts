import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type ApiQuery, type ApiResponse } from './client';

/** One record of the audit trail as the privacy officer searches it (NEN 7513 §8). */
export type AuditEntry = ApiResponse<'/api/v1/audit'>[number];

/** The search form: empty strings are "any". */
export interface AuditFilter {
  from: string;
  to: string;
  outcome: '' | NonNullable<ApiQuery<'/api/v1/audit'>['outcome']>;
  /** One person's log (the server filters by client); '' is everyone. */
  clientId: string;
}

export function useAuditSearch(filter: AuditFilter) {
  const query: ApiQuery<'/api/v1/audit'> = { limit: 500 };
  if (filter.from) query.from = filter.from;
  if (filter.to) query.to = filter.to;
  if (filter.outcome) query.outcome = filter.outcome;
  if (filter.clientId) query.clientId = filter.clientId;
  return useQuery({
    queryKey: ['audit', filter],
    queryFn: () => dataOf(api.GET('/api/v1/audit', { params: { query } })),
  });
}

export type AuditVerification = ApiResponse<'/api/v1/audit/verification'>;

/** Checks the organisation's chain when asked (it reads the whole trail, so never on its own). */
export function useAuditVerification() {
  return useMutation({ mutationFn: () => dataOf(api.GET('/api/v1/audit/verification')) });
}

export type BreakGlassAccess = ApiResponse<'/api/v1/audit/break-glass'>[number];

export function useBreakGlassAccesses(onlyUnreviewed: boolean) {
  return useQuery({
    queryKey: ['break-glass', onlyUnreviewed],
    queryFn: () =>
      dataOf(api.GET('/api/v1/audit/break-glass', { params: { query: onlyUnreviewed ? { unreviewed: true } : {} } })),
  });
}

export function useReviewBreakGlass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      dataOf(api.POST('/api/v1/audit/break-glass/{id}/review', { params: { path: { id } }, body: { note } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['break-glass'] }),
  });
}
