import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type ApiBody, type ApiResponse } from './client';

const REPRESENTATIVES = '/api/v1/clients/{clientId}/representatives';

/** A legal representative as the client record lists them (RepresentativeSchema on the server). */
export type Representative = ApiResponse<typeof REPRESENTATIVES, 'post'>[number];

/** The naasten of this client who could be recorded as representative (their own account, bound to this client). */
export function useNaasteCandidates(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['consent-candidates', clientId],
    queryFn: () => dataOf(api.GET('/api/v1/clients/{clientId}/consent-candidates', { params: { path: { clientId } } })),
    select: (rows) => rows.filter((row) => row.roles.includes('naaste')),
    enabled,
  });
}

export type RepresentativeDraft = ApiBody<typeof REPRESENTATIVES, 'post'>;

export function useRecordRepresentative(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: RepresentativeDraft) =>
      dataOf(api.POST(REPRESENTATIVES, { params: { path: { clientId } }, body: draft })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['client', clientId] }),
  });
}

export function useApproveRepresentative(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (representativeId: string) =>
      dataOf(
        api.POST('/api/v1/clients/{clientId}/representatives/{representativeId}/approval', {
          params: { path: { clientId, representativeId } },
          body: {},
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['client', clientId] }),
  });
}
