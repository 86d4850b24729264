import { useMutation, useQuery } from '@tanstack/react-query';
import { apiRequest } from './client';

/** Whom an invitation link is for: only the e-mail address and name. */
export interface InvitationInfo {
  email: string;
  displayName: string;
}

/** The secret sent in the body, never in an address (servers log addresses). */
export function useInvitation(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => apiRequest<InvitationInfo>('POST', '/invitations/lookup', { token }),
    enabled: token.length > 0,
    retry: false,
    staleTime: Infinity,
  });
}

export function useAcceptInvitation() {
  return useMutation({
    mutationFn: ({ token, password }: { token: string; password: string }) =>
      apiRequest<undefined>('POST', '/invitations/acceptance', { token, password }),
  });
}
