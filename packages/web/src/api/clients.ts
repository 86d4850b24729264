import type { ladderHistory } from '@meedoen/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type ApiResponse } from './client';

export type ClientListItem = ApiResponse<'/api/v1/clients'>['items'][number];

/** My clients, sorted the Dutch way by the server; `query` is part of a name or a date of birth. */
export function useClients(query = '') {
  const q = query.trim();
  return useQuery({
    queryKey: ['clients', q],
    queryFn: () => dataOf(api.GET('/api/v1/clients', { params: { query: q ? { q } : {} } })),
    placeholderData: (previous) => previous,
  });
}

export type AccessLogEntry = ApiResponse<'/api/v1/clients/{clientId}/access-log'>[number];

export function useAccessLog(clientId: string) {
  return useQuery({
    queryKey: ['access-log', clientId],
    queryFn: () => dataOf(api.GET('/api/v1/clients/{clientId}/access-log', { params: { path: { clientId } } })),
  });
}

/** A client's record: personalia, care team, representatives, consents, what I may do, my emergency access. */
export type ClientRecord = ApiResponse<'/api/v1/clients/{clientId}'>;
export type Ability = ClientRecord['abilities']['personalia'];

export function useClientRecord(clientId: string) {
  return useQuery({
    queryKey: ['client', clientId],
    queryFn: () => dataOf(api.GET('/api/v1/clients/{clientId}', { params: { path: { clientId } } })),
  });
}

/** Opens emergency access with a reason; everything about this client is read again under it. */
export function useOpenEmergencyAccess(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      dataOf(api.POST('/api/v1/clients/{clientId}/break-glass', { params: { path: { clientId } }, body: { reason } })),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useTrajectories(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['trajectories', clientId],
    enabled,
    queryFn: () => dataOf(api.GET('/api/v1/clients/{clientId}/trajectories', { params: { path: { clientId } } })),
  });
}

export function useEnrolments(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['enrolments', clientId],
    enabled,
    queryFn: () => dataOf(api.GET('/api/v1/clients/{clientId}/enrolments', { params: { path: { clientId } } })),
  });
}

/** A ladder position with its move; the route's schema is open, the server answers core's `ladderHistory`. */
export type LadderEntry = ReturnType<typeof ladderHistory>[number];

export function useLadder(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['ladder', clientId],
    enabled,
    queryFn: async () =>
      (await dataOf(
        api.GET('/api/v1/clients/{clientId}/ladder', { params: { path: { clientId } } }),
      )) as unknown as LadderEntry[],
  });
}

export type MonthOverviewRow = ApiResponse<'/api/v1/clients/{clientId}/attendance'>[number];

export function useMonthOverview(clientId: string, month: string, enabled: boolean) {
  return useQuery({
    queryKey: ['attendance', clientId, month],
    enabled,
    queryFn: () => dataOf(api.GET('/api/v1/clients/{clientId}/attendance', { params: { path: { clientId }, query: { month } } })),
  });
}
