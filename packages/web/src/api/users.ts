import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type ApiBody, type ApiResponse } from './client';

/** One account of the organisation as the administrator sees it (GET /users). */
export type UserAccount = ApiResponse<'/api/v1/users'>[number];

export type RegistrationInput = ApiBody<'/api/v1/users/{userId}/registration', 'put'>;

/** An account starts without a password: the person chooses one with a one-time link. */
export type NewUser = ApiBody<'/api/v1/users', 'post'>;

/** The one-time link as the server gives it, once: a path on this site and until when it works. */
export type Invitation = ApiResponse<'/api/v1/users/{userId}/invitation', 'post'>;

const USERS_KEY = ['users'] as const;

export function useUsers() {
  return useQuery({ queryKey: USERS_KEY, queryFn: () => dataOf(api.GET('/api/v1/users')) });
}

function useUserMutation<T, R>(run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useCreateUser() {
  return useUserMutation((user: NewUser) => dataOf(api.POST('/api/v1/users', { body: user })));
}

/** A new invitation link for another account; earlier links stop working. */
export function useReinvite() {
  return useUserMutation((userId: string) =>
    dataOf(api.POST('/api/v1/users/{userId}/invitation', { params: { path: { userId } } })),
  );
}

export function useChangeRoles() {
  return useUserMutation(({ userId, roles }: { userId: string } & ApiBody<'/api/v1/users/{userId}/roles', 'put'>) =>
    dataOf(api.PUT('/api/v1/users/{userId}/roles', { params: { path: { userId } }, body: { roles } })),
  );
}

export function useDeactivateUser() {
  return useUserMutation(({ userId, reason }: { userId: string; reason: string }) =>
    dataOf(api.POST('/api/v1/users/{userId}/deactivation', { params: { path: { userId } }, body: { reason } })),
  );
}

export function useBindMunicipalities() {
  return useUserMutation(({ userId, municipalities }: { userId: string; municipalities: string[] }) =>
    dataOf(api.PUT('/api/v1/users/{userId}/municipalities', { params: { path: { userId } }, body: { municipalities } })),
  );
}

/** A professional's AGB code and registration; If-Match the version the administrator saw. */
export function useChangeRegistration() {
  return useUserMutation(
    ({ userId, version, registration }: { userId: string; version: number; registration: RegistrationInput }) =>
      dataOf(
        api.PUT('/api/v1/users/{userId}/registration', {
          params: { path: { userId } },
          headers: { 'if-match': `"${version}"` },
          body: registration,
        }),
      ),
  );
}

export type OrganisationAgb = ApiResponse<'/api/v1/organisation/agb'>;

export function useOrganisationAgb() {
  return useQuery({
    queryKey: ['organisation-agb'],
    queryFn: () => dataOf(api.GET('/api/v1/organisation/agb')),
  });
}

export function useUpdateOrganisationAgb() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agbCode, version }: OrganisationAgb) =>
      dataOf(api.PUT('/api/v1/organisation/agb', { headers: { 'if-match': `"${version}"` }, body: { agbCode } })),
    onSuccess: (agb) => queryClient.setQueryData(['organisation-agb'], agb),
    // A conflict: show what is stored now.
    onError: () => queryClient.invalidateQueries({ queryKey: ['organisation-agb'] }),
  });
}

export type OrganisationPolicy = ApiResponse<'/api/v1/organisation/policy'>;

export function useOrganisationPolicy() {
  return useQuery({
    queryKey: ['organisation-policy'],
    queryFn: () => dataOf(api.GET('/api/v1/organisation/policy')),
  });
}

export function useUpdateOrganisationPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policy: ApiBody<'/api/v1/organisation/policy', 'put'>) =>
      dataOf(api.PUT('/api/v1/organisation/policy', { body: policy })),
    onSuccess: (policy) => queryClient.setQueryData(['organisation-policy'], policy),
  });
}
