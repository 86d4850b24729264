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

export const DECLARATION_ROUTES = ['iwmo_323', 'pm304', 'wlz'] as const;
export type DeclarationRoute = (typeof DECLARATION_ROUTES)[number];

export interface DeclarationRun {
  id: string;
  route: DeclarationRoute;
  month: string;
  receiver: string;
  status: 'draft' | 'sent' | 'answered' | 'discarded';
  declarationNumber: string;
  dagtekening: string;
  totalCents: number;
  totalDirection: 'D' | 'C';
  checks: { findings: Finding[]; blocked: boolean };
  /** What the receiver awarded in its latest answer; null before an answer. */
  awardedCents: number | null;
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
    /** iWmo product code, PM304 prestatiecode or Wlz prestatiecode. */
    productCode: string | null;
    /** PM304: cover and eigen-risico mark; Wlz: the zorgkantoor. */
    detail: { cover?: 'basis' | 'aanvullend'; eigenRisico?: boolean } | null;
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
  useDeclarationAction((input: { route: DeclarationRoute; month: string; date: string }) =>
    apiRequest('POST', '/declarations/runs', input),
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
  useDeclarationAction((input: { runId: string; content: string }) =>
    apiRequest('POST', `/declarations/${input.runId}/answers`, { content: input.content }),
  );

export interface AllocationView {
  allocationNumber: string;
  municipalityCode: string;
  productCategory: string;
  productCode: string | null;
  volume: number | null;
  unit: string;
  frequency: string;
  from: string;
  until: string | null;
  source: 'manual' | 'wmo301';
  enrolmentIds: string[];
  use: {
    period: { start: string; end: string } | null;
    delivered: number;
    allowed: number | null;
    exceededBy: number;
    daysOutsidePeriod: string[];
  };
}

export interface AllocationsOverview {
  month: string;
  allocations: AllocationView[];
  enrolments: {
    id: string;
    offerName: string;
    groupName: string | null;
    financer: string;
    status: string;
    allocationMunicipalityCode: string | null;
    allocationNumber: string | null;
  }[];
}

export function useAllocations(clientId: string, month: string) {
  return useQuery({
    queryKey: ['allocations', clientId, month],
    queryFn: () => apiRequest<AllocationsOverview>('GET', `/clients/${clientId}/allocations?month=${month}`),
  });
}

/** Read in iWmo 301 messages (all or nothing); the allocations land on the clients the BSNs belong to. */
export function useImportWmo301() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (files: { name: string; xml: string }[]) =>
      apiRequest<{
        files: {
          name: string;
          clientId: string;
          allocations: { allocationNumber: string; status: 'imported' | 'unchanged' }[];
        }[];
      }>('POST', '/wmo301-imports', { files }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['allocations'] });
      void queryClient.invalidateQueries({ queryKey: ['entitlements'] });
    },
  });
}

export function useLinkEnrolment(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { enrolmentId: string; allocation: { municipalityCode: string; allocationNumber: string } | null }) =>
      apiRequest<null>('PUT', `/clients/${clientId}/enrolments/${input.enrolmentId}/allocation`, {
        allocation: input.allocation,
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['allocations', clientId] }),
  });
}

export interface ErgoPreview {
  quarters: number;
  basis: number;
  aanvullend: number;
  eigen_betaling: number;
  warning: { code: string; source: string; nl: string; en: string } | null;
}

export function useErgoPreview(clientId: string, date: string, minutes: number, indirectMinutes: number, enabled: boolean) {
  return useQuery({
    queryKey: ['ergo-preview', clientId, date, minutes, indirectMinutes],
    enabled,
    queryFn: () =>
      apiRequest<ErgoPreview>(
        'GET',
        `/clients/${clientId}/ergotherapie/preview?date=${date}&minutes=${minutes}&indirectMinutes=${indirectMinutes}`,
      ),
  });
}
