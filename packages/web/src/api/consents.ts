import type { DataCategory, Role } from '@meedoen/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

export interface Consent {
  id: string;
  granteeUserId: string;
  granteeName: string;
  granteeRoles: Role[];
  categories: DataCategory[];
  level: 'read' | 'write';
  validFrom: string;
  validUntil: string | null;
  givenBy: string;
  alsoGivenBy: string | null;
  naasteBasis: string | null;
  /** "Vastgelegd door …": who recorded it, and how the client gave it. */
  recordedByName: string;
  recordedHow: 'in_person' | 'signed_form' | 'portal';
  documentRef: string | null;
  recordedAt: string;
  revokedAt: string | null;
  active: boolean;
}

export function useConsents(clientId: string) {
  return useQuery({
    queryKey: ['consents', clientId],
    queryFn: () => apiRequest<Consent[]>('GET', `/clients/${clientId}/consents`),
  });
}

export function useConsentCandidates(clientId: string) {
  return useQuery({
    queryKey: ['consent-candidates', clientId],
    queryFn: () =>
      apiRequest<{ userId: string; displayName: string; roles: Role[] }[]>('GET', `/clients/${clientId}/consent-candidates`),
  });
}

export type ConsentGiver = 'client' | 'ouder' | 'wettelijk_vertegenwoordiger';

export interface ConsentGrant {
  granteeUserId: string;
  categories: DataCategory[];
  level: 'read';
  validUntil: string | null;
  givenBy: ConsentGiver;
  alsoGivenBy?: ConsentGiver | null;
  naasteBasis: 'verzoek_client' | 'indicatie_professional' | null;
  /** The client and their representative in the portal; a professional: in person or on a signed form. */
  recordedHow: 'in_person' | 'signed_form' | 'portal';
  documentRef?: string;
}

export function useGrantConsent(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (grant: ConsentGrant) => apiRequest<Consent>('POST', `/clients/${clientId}/consents`, grant),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['consents', clientId] });
      await queryClient.invalidateQueries({ queryKey: ['client', clientId] });
    },
  });
}

export function useRevokeConsent(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ consentId, reason }: { consentId: string; reason: string }) =>
      apiRequest<Consent>('POST', `/clients/${clientId}/consents/${consentId}/revocation`, reason.trim() ? { reason } : {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['consents', clientId] }),
  });
}
