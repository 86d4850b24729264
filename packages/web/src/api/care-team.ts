import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type ApiBody, type ApiResponse } from './client';

const CARE_TEAM = '/api/v1/clients/{clientId}/care-team';

/** One membership of a client's care team, current or past (CareTeamMemberSchema on the server). */
export type CareTeamMember = ApiResponse<typeof CARE_TEAM>[number];

/** A professional of the organisation, with the roles they hold, to choose for a care team. */
export type Professional = ApiResponse<'/api/v1/professionals'>[number];

export type CareTeamAddition = ApiBody<typeof CARE_TEAM, 'post'>;

export function useProfessionals(enabled: boolean) {
  return useQuery({
    queryKey: ['professionals'],
    queryFn: () => dataOf(api.GET('/api/v1/professionals')),
    enabled,
  });
}

/** Add a professional in a role from a date; the record (with its care team) is read again. */
export function useAddCareTeamMember(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (addition: CareTeamAddition) => dataOf(api.POST(CARE_TEAM, { params: { path: { clientId } }, body: addition })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['client', clientId] }),
  });
}

/** End a membership on its last day (kept in the history); the record is read again. */
export function useEndCareTeamMember(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, validUntil }: { memberId: string; validUntil: string }) =>
      dataOf(
        api.POST('/api/v1/clients/{clientId}/care-team/{memberId}/end', {
          params: { path: { clientId, memberId } },
          body: { validUntil },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['client', clientId] }),
  });
}

/** Withdraw a membership that has not begun (it never grants access; kept on record); the record is read again. */
export function useWithdrawCareTeamMember(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) =>
      dataOf(
        api.POST('/api/v1/clients/{clientId}/care-team/{memberId}/withdrawal', { params: { path: { clientId, memberId } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['client', clientId] }),
  });
}
