import type { Discipline, Role } from '@meedoen/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, ApiError, setCsrfToken } from './client';

export interface Me {
  stage: 'active' | 'second_factor' | 'enrol_second_factor';
  user: { id: string; email: string; displayName: string; discipline: Discipline | null; clientId: string | null; roles: Role[] };
  organisation: { id: string; name: string; kind: string };
  csrfToken: string;
}

const ME_KEY = ['me'] as const;

/** The signed-in user, or null when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async (): Promise<Me | null> => {
      try {
        const me = await apiRequest<Me>('GET', '/me');
        setCsrfToken(me.csrfToken);
        return me;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) => apiRequest<Me>('POST', '/session', credentials),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      queryClient.setQueryData(ME_KEY, me);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<undefined>('DELETE', '/session'),
    onSettled: () => {
      setCsrfToken(null);
      // Forget everything the previous user saw; keep the `me` query (now null) that App observes.
      queryClient.setQueryData(ME_KEY, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
    },
  });
}

/** Finish signing in with the authenticator code. */
export function useSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiRequest<Me>('POST', '/session/second-factor', { code }),
    onSuccess: (me) => queryClient.setQueryData(ME_KEY, me),
  });
}

/** Start enrolling an authenticator app: a secret to type or scan. */
export function useStartEnrolment() {
  return useMutation({
    mutationFn: () => apiRequest<{ secret: string; uri: string }>('POST', '/me/second-factor/enrolment', {}),
  });
}

export function useConfirmEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiRequest<Me>('POST', '/me/second-factor/confirmation', { code }),
    onSuccess: (me) => queryClient.setQueryData(ME_KEY, me),
  });
}
