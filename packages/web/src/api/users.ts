import type { Discipline, Profession, ProfessionalRegister, Role } from '@meedoen/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

/** One account of the organisation as the administrator sees it (GET /users). */
export interface UserAccount {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  discipline: Discipline | null;
  clientId: string | null;
  clientName: string | null;
  active: boolean;
  secondFactor: boolean;
  municipalities: string[];
  /** Whether the person has chosen a password (with their invitation link). */
  passwordSet: boolean;
  /** Until when the open invitation link works; null when there is none. */
  invitationExpiresAt: string | null;
  /** The professional's own AGB code, register and number, and profession (what a declaration names). */
  agbCode: string | null;
  register: ProfessionalRegister | null;
  registrationNumber: string | null;
  profession: Profession | null;
  registrationVersion: number;
}

export interface RegistrationInput {
  agbCode: string | null;
  register: ProfessionalRegister | null;
  registrationNumber: string | null;
  profession: Profession | null;
}

/** An account starts without a password: the person chooses one with a one-time link. */
export interface NewUser {
  email: string;
  displayName: string;
  roles: Role[];
  discipline: Discipline | null;
  clientId: string | null;
}

/** The one-time link as the server gives it, once: a path on this site and until when it works. */
export interface Invitation {
  path: string;
  expiresAt: string;
}

const USERS_KEY = ['users'] as const;

export function useUsers() {
  return useQuery({ queryKey: USERS_KEY, queryFn: () => apiRequest<UserAccount[]>('GET', '/users') });
}

function useUserMutation<T, R>(run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useCreateUser() {
  return useUserMutation((user: NewUser) => apiRequest<UserAccount & { invitation: Invitation }>('POST', '/users', user));
}

/** A new invitation link for another account; earlier links stop working. */
export function useReinvite() {
  return useUserMutation((userId: string) => apiRequest<Invitation>('POST', `/users/${userId}/invitation`));
}

export function useChangeRoles() {
  return useUserMutation(({ userId, roles }: { userId: string; roles: Role[] }) =>
    apiRequest<UserAccount>('PUT', `/users/${userId}/roles`, { roles }),
  );
}

export function useDeactivateUser() {
  return useUserMutation(({ userId, reason }: { userId: string; reason: string }) =>
    apiRequest<UserAccount>('POST', `/users/${userId}/deactivation`, { reason }),
  );
}

export function useBindMunicipalities() {
  return useUserMutation(({ userId, municipalities }: { userId: string; municipalities: string[] }) =>
    apiRequest<{ municipalities: string[] }>('PUT', `/users/${userId}/municipalities`, { municipalities }),
  );
}

/** A professional's AGB code and registration; If-Match the version the administrator saw. */
export function useChangeRegistration() {
  return useUserMutation(
    ({ userId, version, registration }: { userId: string; version: number; registration: RegistrationInput }) =>
      apiRequest<UserAccount>('PUT', `/users/${userId}/registration`, registration, { 'if-match': `"${version}"` }),
  );
}

export interface OrganisationAgb {
  agbCode: string | null;
  version: number;
}

export function useOrganisationAgb() {
  return useQuery({
    queryKey: ['organisation-agb'],
    queryFn: () => apiRequest<OrganisationAgb>('GET', '/organisation/agb'),
  });
}

export function useUpdateOrganisationAgb() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agbCode, version }: OrganisationAgb) =>
      apiRequest<OrganisationAgb>('PUT', '/organisation/agb', { agbCode }, { 'if-match': `"${version}"` }),
    onSuccess: (agb) => queryClient.setQueryData(['organisation-agb'], agb),
    // A conflict: show what is stored now.
    onError: () => queryClient.invalidateQueries({ queryKey: ['organisation-agb'] }),
  });
}

export interface OrganisationPolicy {
  requireSecondFactor: boolean;
}

export function useOrganisationPolicy() {
  return useQuery({
    queryKey: ['organisation-policy'],
    queryFn: () => apiRequest<OrganisationPolicy>('GET', '/organisation/policy'),
  });
}

export function useUpdateOrganisationPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policy: OrganisationPolicy) => apiRequest<OrganisationPolicy>('PUT', '/organisation/policy', policy),
    onSuccess: (policy) => queryClient.setQueryData(['organisation-policy'], policy),
  });
}
