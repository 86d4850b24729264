import type { RepresentationBasis, Role } from '@meedoen/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

/** A legal representative as the client record lists them (RepresentativeSchema on the server). */
export interface Representative {
  id: string;
  userId: string;
  displayName: string;
  relation: 'ouder' | 'wettelijk_vertegenwoordiger';
  basis: RepresentationBasis | null;
  documentRef: string | null;
  validFrom: string;
  validUntil: string | null;
  recordedBy: string;
  recordedByName: string;
  approvedByName: string | null;
  approvedAt: string | null;
  awaitingApproval: boolean;
  active: boolean;
}

/** The naasten of this client who could be recorded as representative (their own account, bound to this client). */
export function useNaasteCandidates(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['consent-candidates', clientId],
    queryFn: () =>
      apiRequest<{ userId: string; displayName: string; roles: Role[] }[]>('GET', `/clients/${clientId}/consent-candidates`),
    select: (rows) => rows.filter((row) => row.roles.includes('naaste')),
    enabled,
  });
}

export interface RepresentativeDraft {
  userId: string;
  basis: RepresentationBasis;
  documentRef?: string;
}

export function useRecordRepresentative(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: RepresentativeDraft) =>
      apiRequest<Representative[]>('POST', `/clients/${clientId}/representatives`, draft),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['client', clientId] }),
  });
}

export function useApproveRepresentative(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (representativeId: string) =>
      apiRequest<Representative[]>('POST', `/clients/${clientId}/representatives/${representativeId}/approval`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['client', clientId] }),
  });
}
