import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

/** An offer proposed to the person, their answer, and the enrolment request's outcome (issue 14). */
export interface Proposal {
  id: string;
  offerId: string;
  offerName: string;
  groupId: string | null;
  groupName: string | null;
  message: string;
  status: 'proposed' | 'accepted' | 'declined' | 'withdrawn';
  proposedBy: string;
  proposedAt: string;
  answeredBy: string | null;
  answeredAt: string | null;
  answerReason: string | null;
  withdrawnBy: string | null;
  withdrawnAt: string | null;
  withdrawReason: string | null;
  requestStatus: 'open' | 'placed' | 'declined' | null;
  requestClosedBy: string | null;
  requestClosedAt: string | null;
  requestDeclineReason: string | null;
  enrolmentId: string | null;
}

export function useProposals(clientId: string, enabled = true) {
  return useQuery({
    queryKey: ['proposals', clientId],
    queryFn: () => apiRequest<Proposal[]>('GET', `/clients/${clientId}/proposals`),
    enabled: enabled && clientId !== '',
  });
}

function useProposalStep<T, R = Proposal>(clientId: string, request: (body: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['proposals', clientId] });
      void queryClient.invalidateQueries({ queryKey: ['worklist'] });
      void queryClient.invalidateQueries({ queryKey: ['enrolments', clientId] });
    },
  });
}

export function useProposeOffer(clientId: string) {
  return useProposalStep(clientId, (body: { offerId: string; message: string }) =>
    apiRequest<Proposal>('POST', `/clients/${clientId}/proposals`, body),
  );
}

export function useAnswerProposal(clientId: string) {
  return useProposalStep(
    clientId,
    ({ proposalId, answer, reason }: { proposalId: string; answer: 'accept' | 'decline'; reason?: string }) =>
      apiRequest<Proposal>('POST', `/clients/${clientId}/proposals/${proposalId}/${answer}`, reason ? { reason } : {}),
  );
}

export function useDeclineRequest(clientId: string) {
  return useProposalStep(clientId, ({ proposalId, reason }: { proposalId: string; reason: string }) =>
    apiRequest<Proposal>('POST', `/clients/${clientId}/proposals/${proposalId}/request-decline`, { reason }),
  );
}

export function useWithdrawProposal(clientId: string) {
  return useProposalStep(clientId, ({ proposalId, reason }: { proposalId: string; reason: string }) =>
    apiRequest<Proposal>('POST', `/clients/${clientId}/proposals/${proposalId}/withdraw`, { reason }),
  );
}

/** A placement (POST /enrolments), as the coordinator makes it from an enrolment request; the request closes with it. */
export interface PlacementInput {
  offerId: string;
  groupId: string | null;
  agreedDays: string[];
  status: 'aangemeld' | 'actief';
  startedOn: string;
  financer: 'wlz' | 'wmo' | 'participatiewet' | 'geen';
  indication: { from: string; until: string | null; volume: number; per: 'week' | 'maand' | 'totaal' } | null;
}

export function usePlaceFromRequest(clientId: string) {
  return useProposalStep(clientId, (body: PlacementInput) =>
    apiRequest<{ id: string }>('POST', `/clients/${clientId}/enrolments`, body),
  );
}
