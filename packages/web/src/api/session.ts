import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, dataOf, setCsrfToken, type ApiBody, type ApiResponse } from './client';

export type Me = ApiResponse<'/api/v1/me'>;

const ME_KEY = ['me'] as const;

/** The signed-in user, or null when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async (): Promise<Me | null> => {
      try {
        const me = await dataOf(api.GET('/api/v1/me'));
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
    mutationFn: (credentials: ApiBody<'/api/v1/session', 'post'>) => dataOf(api.POST('/api/v1/session', { body: credentials })),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      queryClient.setQueryData(ME_KEY, me);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => dataOf(api.DELETE('/api/v1/session')),
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
    mutationFn: (code: string) => dataOf(api.POST('/api/v1/session/second-factor', { body: { code } })),
    onSuccess: (me) => queryClient.setQueryData(ME_KEY, me),
  });
}

/** Start enrolling an authenticator app: a secret to type or scan. */
export function useStartEnrolment() {
  return useMutation({
    mutationFn: () => dataOf(api.POST('/api/v1/me/second-factor/enrolment')),
  });
}

export function useConfirmEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => dataOf(api.POST('/api/v1/me/second-factor/confirmation', { body: { code } })),
    onSuccess: (me) => queryClient.setQueryData(ME_KEY, me),
  });
}
