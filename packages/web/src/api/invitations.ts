import { useMutation, useQuery } from '@tanstack/react-query';
import { api, dataOf, type ApiBody, type ApiResponse } from './client';

/** Whom an invitation link is for: only the e-mail address and name. */
export type InvitationInfo = ApiResponse<'/api/v1/invitations/lookup', 'post'>;

/** The secret sent in the body, never in an address (servers log addresses). */
export function useInvitation(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => dataOf(api.POST('/api/v1/invitations/lookup', { body: { token } })),
    enabled: token.length > 0,
    retry: false,
    staleTime: Infinity,
  });
}

export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (acceptance: ApiBody<'/api/v1/invitations/acceptance', 'post'>) =>
      dataOf(api.POST('/api/v1/invitations/acceptance', { body: acceptance })),
  });
}
