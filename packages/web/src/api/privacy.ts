import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

/** One record of the audit trail as the privacy officer searches it (NEN 7513 §8). */
export interface AuditEntry {
  seq: number;
  occurredAt: string;
  userName: string | null;
  role: string | null;
  action: 'C' | 'R' | 'U' | 'D' | 'E';
  outcome: 'success' | 'denied' | 'failed';
  data: string | null;
  problemCode: string | null;
  basis: string | null;
  breakGlass: boolean;
  reason: string | null;
  clientId: string | null;
  clientName: string | null;
}

export interface AuditFilter {
  from: string;
  to: string;
  outcome: '' | 'success' | 'denied' | 'failed';
}

export function useAuditSearch(filter: AuditFilter) {
  const params = new URLSearchParams({ limit: '500' });
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.outcome) params.set('outcome', filter.outcome);
  return useQuery({
    queryKey: ['audit', filter],
    queryFn: () => apiRequest<AuditEntry[]>('GET', `/audit?${params.toString()}`),
  });
}

export interface AuditVerification {
  checkedAt: string;
  records: number;
  intact: boolean;
  breaks: { seq: number; kind: string }[];
}

/** Checks the organisation's chain when asked (it reads the whole trail, so never on its own). */
export function useAuditVerification() {
  return useMutation({ mutationFn: () => apiRequest<AuditVerification>('GET', '/audit/verification') });
}

export interface BreakGlassAccess {
  id: string;
  clientId: string;
  clientName: string;
  userName: string;
  reason: string;
  openedAt: string;
  expiresAt: string;
  reviewedAt: string | null;
  reviewNote: string | null;
}

export function useBreakGlassAccesses(onlyUnreviewed: boolean) {
  return useQuery({
    queryKey: ['break-glass', onlyUnreviewed],
    queryFn: () =>
      apiRequest<BreakGlassAccess[]>('GET', onlyUnreviewed ? '/audit/break-glass?unreviewed=true' : '/audit/break-glass'),
  });
}

export function useReviewBreakGlass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      apiRequest<null>('POST', `/audit/break-glass/${id}/review`, { note }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['break-glass'] }),
  });
}
