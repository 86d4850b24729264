import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Entitlements, ErgoStatement, PersonMonthOverview } from '@meedoen/core';
import { apiRequest } from './client';

export interface EntitlementsView {
  version: number;
  bsnMasked: string | null;
  entitlements: Entitlements;
  supplementaryPolicies: { id: string; name: string; uzovi: string }[];
}

export function useFinancingMonth(clientId: string, month: string, enabled: boolean) {
  return useQuery({
    queryKey: ['financing-month', clientId, month],
    enabled,
    queryFn: () => apiRequest<PersonMonthOverview>('GET', `/clients/${clientId}/financing/months/${month}`),
  });
}

export function useEntitlements(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['entitlements', clientId],
    enabled,
    queryFn: () => apiRequest<EntitlementsView>('GET', `/clients/${clientId}/entitlements`),
  });
}

export function useSaveEntitlements(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; bsn?: string; entitlements: Entitlements }) =>
      apiRequest<{ version: number }>(
        'PUT',
        `/clients/${clientId}/entitlements`,
        { ...(input.bsn ? { bsn: input.bsn } : {}), entitlements: input.entitlements },
        { 'if-match': `"${input.version}"` },
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['entitlements', clientId] });
      void queryClient.invalidateQueries({ queryKey: ['financing-month', clientId] });
      void queryClient.invalidateQueries({ queryKey: ['ergo-statement', clientId] });
    },
  });
}

export function useErgoStatement(clientId: string, year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['ergo-statement', clientId, year],
    enabled,
    queryFn: () => apiRequest<ErgoStatement>('GET', `/clients/${clientId}/ergotherapie/statement?year=${year}`),
  });
}
