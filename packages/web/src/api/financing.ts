import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Entitlements, ErgoStatement, PersonMonthOverview } from '@meedoen/core';
import { api, dataOf, type ApiResponse } from './client';

/*
 * Calls, parameters and bodies are typed by the generated `paths`. Where a route's schema leaves its answer open
 * (the month overview, the ergotherapy statement, the declaration runs, an allocation's use, the cover warning),
 * the shape is core's type or written out here, and the answer is cast in one place, with the route.
 */

export type EntitlementsView = ApiResponse<'/api/v1/clients/{clientId}/entitlements'>;

export function useFinancingMonth(clientId: string, month: string, enabled: boolean) {
  return useQuery({
    queryKey: ['financing-month', clientId, month],
    enabled,
    // The route's schema is open; the server answers core's `PersonMonthOverview`.
    queryFn: async () =>
      (await dataOf(
        api.GET('/api/v1/clients/{clientId}/financing/months/{month}', { params: { path: { clientId, month } } }),
      )) as unknown as PersonMonthOverview,
  });
}

export function useEntitlements(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['entitlements', clientId],
    enabled,
    queryFn: () => dataOf(api.GET('/api/v1/clients/{clientId}/entitlements', { params: { path: { clientId } } })),
  });
}

export function useSaveEntitlements(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; bsn?: string; entitlements: Entitlements }) =>
      dataOf(
        api.PUT('/api/v1/clients/{clientId}/entitlements', {
          params: { path: { clientId } },
          // The route reads If-Match without declaring it in its schema: sent as a plain header.
          headers: { 'if-match': `"${input.version}"` },
          body: { ...(input.bsn ? { bsn: input.bsn } : {}), entitlements: input.entitlements },
        }),
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
    // The route's schema is open; the server answers core's `ErgoStatement`.
    queryFn: async () =>
      (await dataOf(
        api.GET('/api/v1/clients/{clientId}/ergotherapie/statement', { params: { path: { clientId }, query: { year } } }),
      )) as unknown as ErgoStatement,
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
    // The route's schema leaves a run open; the server answers the runs as `DeclarationRun` above.
    queryFn: async () =>
      (await dataOf(api.GET('/api/v1/declarations', { params: { query: { month } } }))) as unknown as DeclarationRun[],
  });
}

export function useDeclaration(runId: string | null) {
  return useQuery({
    queryKey: ['declaration', runId],
    enabled: runId !== null,
    // The route's schema is open; the server answers `DeclarationDetail` above.
    queryFn: async () =>
      (await dataOf(
        api.GET('/api/v1/declarations/{runId}', { params: { path: { runId: runId ?? '' } } }),
      )) as unknown as DeclarationDetail,
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

/** Builds in the background (issue 16): the answer is the job; the runs appear when it has succeeded (useJob). */
export const useBuildDeclarations = () =>
  useMutation({
    mutationFn: (input: { route: DeclarationRoute; month: string; date: string }) =>
      dataOf(api.POST('/api/v1/declarations/runs/jobs', { body: input })),
  });
export const useSendDeclaration = () =>
  useDeclarationAction((runId: string) =>
    dataOf(api.POST('/api/v1/declarations/{runId}/send', { params: { path: { runId } }, body: {} })),
  );
export const useDiscardDeclaration = () =>
  useDeclarationAction((runId: string) =>
    dataOf(api.POST('/api/v1/declarations/{runId}/discard', { params: { path: { runId } }, body: {} })),
  );
export const useCreditLine = () =>
  useDeclarationAction((input: { lineId: string; reason: string }) =>
    dataOf(
      api.POST('/api/v1/declarations/lines/{lineId}/credit', {
        params: { path: { lineId: input.lineId } },
        body: { reason: input.reason },
      }),
    ),
  );
export const useDeclarationAnswer = () =>
  useDeclarationAction((input: { runId: string; content: string }) =>
    dataOf(
      api.POST('/api/v1/declarations/{runId}/answers', {
        params: { path: { runId: input.runId } },
        body: { content: input.content },
      }),
    ),
  );

type AllocationsAnswer = ApiResponse<'/api/v1/clients/{clientId}/allocations'>;

/** An allocation with its use in the month; the route's schema leaves `use` open, so its shape is written here. */
export type AllocationView = Omit<AllocationsAnswer['allocations'][number], 'use'> & {
  use: {
    period: { start: string; end: string } | null;
    delivered: number;
    allowed: number | null;
    exceededBy: number;
    daysOutsidePeriod: string[];
  };
};

export type AllocationsOverview = Omit<AllocationsAnswer, 'allocations'> & { allocations: AllocationView[] };

export function useAllocations(clientId: string, month: string) {
  return useQuery({
    queryKey: ['allocations', clientId, month],
    queryFn: async () =>
      (await dataOf(
        api.GET('/api/v1/clients/{clientId}/allocations', { params: { path: { clientId }, query: { month } } }),
      )) as unknown as AllocationsOverview,
  });
}

/** Read in iWmo 301 messages (all or nothing); the allocations land on the clients the BSNs belong to. */
export function useImportWmo301() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (files: { name: string; xml: string }[]) => dataOf(api.POST('/api/v1/wmo301-imports', { body: { files } })),
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
      dataOf(
        api.PUT('/api/v1/clients/{clientId}/enrolments/{enrolmentId}/allocation', {
          params: { path: { clientId, enrolmentId: input.enrolmentId } },
          body: { allocation: input.allocation },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['allocations', clientId] }),
  });
}

type ErgoPreviewAnswer = ApiResponse<'/api/v1/clients/{clientId}/ergotherapie/preview'>;

/** The cover preview; the route's schema leaves the warning open, so its shape is written here. */
export type ErgoPreview = Omit<ErgoPreviewAnswer, 'warning'> & {
  warning: { code: string; source: string; nl: string; en: string } | null;
};

export function useErgoPreview(clientId: string, date: string, minutes: number, indirectMinutes: number, enabled: boolean) {
  return useQuery({
    queryKey: ['ergo-preview', clientId, date, minutes, indirectMinutes],
    enabled,
    queryFn: async () =>
      (await dataOf(
        api.GET('/api/v1/clients/{clientId}/ergotherapie/preview', {
          params: { path: { clientId }, query: { date, minutes, indirectMinutes } },
        }),
      )) as unknown as ErgoPreview,
  });
}
