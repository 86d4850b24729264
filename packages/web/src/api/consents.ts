import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type ApiBody, type ApiResponse } from './client';

const CONSENTS = '/api/v1/clients/{clientId}/consents';

/** A consent as the client's consent page lists it, with "Vastgelegd door …": who recorded it, and how. */
export type Consent = ApiResponse<typeof CONSENTS>[number];

export function useConsents(clientId: string) {
  return useQuery({
    queryKey: ['consents', clientId],
    queryFn: () => dataOf(api.GET(CONSENTS, { params: { path: { clientId } } })),
  });
}

export function useConsentCandidates(clientId: string) {
  return useQuery({
    queryKey: ['consent-candidates', clientId],
    queryFn: () => dataOf(api.GET('/api/v1/clients/{clientId}/consent-candidates', { params: { path: { clientId } } })),
  });
}

/** The client and their representative in the portal; a professional: in person or on a signed form. */
export type ConsentGrant = ApiBody<typeof CONSENTS, 'post'>;
export type ConsentGiver = ConsentGrant['givenBy'];

export function useGrantConsent(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (grant: ConsentGrant) => dataOf(api.POST(CONSENTS, { params: { path: { clientId } }, body: grant })),
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
      dataOf(
        api.POST('/api/v1/clients/{clientId}/consents/{consentId}/revocation', {
          params: { path: { clientId, consentId } },
          body: reason.trim() ? { reason } : {},
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['consents', clientId] }),
  });
}
