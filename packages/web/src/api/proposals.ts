import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type ApiBody, type ApiResponse } from './client';

const PROPOSALS = '/api/v1/clients/{clientId}/proposals';

/** An offer proposed to the person, their answer, and the enrolment request's outcome (issue 14). */
export type Proposal = ApiResponse<typeof PROPOSALS>[number];

export function useProposals(clientId: string, enabled = true) {
  return useQuery({
    queryKey: ['proposals', clientId],
    queryFn: () => dataOf(api.GET(PROPOSALS, { params: { path: { clientId } } })),
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
  return useProposalStep(clientId, (body: ApiBody<typeof PROPOSALS, 'post'>) =>
    dataOf(api.POST(PROPOSALS, { params: { path: { clientId } }, body })),
  );
}

export function useAnswerProposal(clientId: string) {
  return useProposalStep(
    clientId,
    ({ proposalId, answer, reason }: { proposalId: string; answer: 'accept' | 'decline'; reason?: string }) => {
      const params = { path: { clientId, proposalId } };
      const body = reason ? { reason } : {};
      return answer === 'accept'
        ? dataOf(api.POST(`${PROPOSALS}/{proposalId}/accept`, { params, body }))
        : dataOf(api.POST(`${PROPOSALS}/{proposalId}/decline`, { params, body }));
    },
  );
}

/** "Toch niet": the one who said yes for this side changes it to no while the proposal waits (that declines it). */
export function useChangeToNo(clientId: string) {
  return useProposalStep(
    clientId,
    ({ proposalId, party, reason }: { proposalId: string; party: 'person' | 'representative'; reason?: string }) =>
      dataOf(
        api.POST(`${PROPOSALS}/{proposalId}/answers/{party}/change-to-no`, {
          params: { path: { clientId, proposalId, party } },
          body: reason ? { reason } : {},
        }),
      ),
  );
}

export function useDeclineRequest(clientId: string) {
  return useProposalStep(clientId, ({ proposalId, reason }: { proposalId: string; reason: string }) =>
    dataOf(
      api.POST(`${PROPOSALS}/{proposalId}/request-decline`, { params: { path: { clientId, proposalId } }, body: { reason } }),
    ),
  );
}

export function useWithdrawProposal(clientId: string) {
  return useProposalStep(clientId, ({ proposalId, reason }: { proposalId: string; reason: string }) =>
    dataOf(api.POST(`${PROPOSALS}/{proposalId}/withdraw`, { params: { path: { clientId, proposalId } }, body: { reason } })),
  );
}

/**
 * A placement (POST /enrolments), as the coordinator makes it from an enrolment request; the request closes with it.
 * The form places as registered or active, with the financer's default unit rule.
 */
export type PlacementInput = Omit<ApiBody<'/api/v1/clients/{clientId}/enrolments', 'post'>, 'status' | 'unitRule'> & {
  status: 'aangemeld' | 'actief';
};

export function usePlaceFromRequest(clientId: string) {
  return useProposalStep(clientId, (body: PlacementInput) =>
    dataOf(api.POST('/api/v1/clients/{clientId}/enrolments', { params: { path: { clientId } }, body })),
  );
}
