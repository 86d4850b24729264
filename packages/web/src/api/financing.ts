import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Entitlements, ErgoStatement, PersonMonthOverview } from '@meedoen/core';
import { apiRequest } from './client';

export interface EntitlementsView {
  version: number;
  bsnMasked: string | null;
  entitlements: Entitlements;
  supplementaryPolicies: { id: string; name: string; uzovi: string }[];
}

export function useFinancingMonth(clientId: string, month: string, enabled: boolean) {
  return useQuery({
    queryKey: ['financing-month', clientId, month],
    enabled,
    queryFn: () => apiRequest<PersonMonthOverview>('GET', `/clients/${clientId}/financing/months/${month}`),
  });
}

export function useEntitlements(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['entitlements', clientId],
    enabled,
    queryFn: () => apiRequest<EntitlementsView>('GET', `/clients/${clientId}/entitlements`),
  });
}

export function useSaveEntitlements(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; bsn?: string; entitlements: Entitlements }) =>
      apiRequest<{ version: number }>(
        'PUT',
        `/clients/${clientId}/entitlements`,
        { ...(input.bsn ? { bsn: input.bsn } : {}), entitlements: input.entitlements },
        { 'if-match': `"${input.version}"` },
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['entitlements', clientId] });
      void queryClient.invalidateQueries({ queryKey: ['financing-month', clientId] });
      void queryClient.invalidateQueries({ queryKey: ['ergo-statement', clientId] });
    },
  });
}

export function useErgoStatement(clientId: string, year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['ergo-statement', clientId, year],
    enabled,
    queryFn: () => apiRequest<ErgoStatement>('GET', `/clients/${clientId}/ergotherapie/statement?year=${year}`),
  });
}

export interface Finding {
  check: string;
  problem: string;
  returnCode: string | null;
  confirmed: boolean;
  level: 'message' | 'client' | 'line';
  path: string;
  reference: string | null;
  source: string;
}

export interface DeclarationRun {
  id: string;
  route: string;
  month: string;
  receiver: string;
  status: 'draft' | 'sent' | 'answered' | 'discarded';
  declarationNumber: string;
  dagtekening: string;
  totalCents: number;
  totalDirection: 'D' | 'C';
  checks: { findings: Finding[]; blocked: boolean };
}

export interface DeclarationDetail {
  run: DeclarationRun;
  lines: {
    id: string;
    reference: string;
    clientName: string;
    bsn: string | null;
    volume: number;
    unit: string;
    amountCents: number;
    direction: 'D' | 'C';
    period: { start: string; end: string };
    outcome: { status: 'accepted' | 'rejected'; returnCodes: string[] } | null;
    /** On a credit line: the reference of the line it credits. */
    previousReference: string | null;
    /** The credit + new line asked for this line, with its reason. */
    correction: { reason: string; requestedAt: string } | null;
  }[];
  answers: { outcome: { reopened: { reference: string; reason: { nl: string; en: string } }[] }; receivedAt: string }[];
}

export function useDeclarations(month: string) {
  return useQuery({
    queryKey: ['declarations', month],
    queryFn: () => apiRequest<DeclarationRun[]>('GET', `/declarations?month=${month}`),
  });
}

export function useDeclaration(runId: string | null) {
  return useQuery({
    queryKey: ['declaration', runId],
    enabled: runId !== null,
    queryFn: () => apiRequest<DeclarationDetail>('GET', `/declarations/${runId}`),
  });
}

function useDeclarationAction<I>(fn: (input: I) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['declarations'] });
      void queryClient.invalidateQueries({ queryKey: ['declaration'] });
    },
  });
}

export const useBuildDeclarations = () =>
  useDeclarationAction((input: { month: string; date: string }) =>
    apiRequest('POST', '/declarations/runs', { route: 'iwmo_323', ...input }),
  );
export const useSendDeclaration = () =>
  useDeclarationAction((runId: string) => apiRequest('POST', `/declarations/${runId}/send`, {}));
export const useDiscardDeclaration = () =>
  useDeclarationAction((runId: string) => apiRequest('POST', `/declarations/${runId}/discard`, {}));
export const useCreditLine = () =>
  useDeclarationAction((input: { lineId: string; reason: string }) =>
    apiRequest('POST', `/declarations/lines/${input.lineId}/credit`, { reason: input.reason }),
  );
export const useDeclarationAnswer = () =>
  useDeclarationAction((input: { runId: string; xml: string }) =>
    apiRequest('POST', `/declarations/${input.runId}/answers`, { xml: input.xml }),
  );
