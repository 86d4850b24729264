import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AttendanceStatus, ParticipationPlan } from '@meedoen/core';
import { api, dataOf, type ApiBody, type ApiQuery, type ApiResponse } from './client';

export type Occurrence = ApiResponse<'/api/v1/occurrences'>[number];

type RollCallAnswer = ApiResponse<'/api/v1/occurrences/{occurrenceId}/roll-call'>;
type RollCallRecord = NonNullable<RollCallAnswer['participants'][number]['record']>;

/** The roll call with each record's status as core's `AttendanceStatus` (the route's schema says only "string"). */
export type RollCall = Omit<RollCallAnswer, 'participants'> & {
  participants: (Omit<RollCallAnswer['participants'][number], 'record'> & {
    record: (Omit<RollCallRecord, 'status'> & { status: AttendanceStatus }) | null;
  })[];
};

export function useMyOccurrences(from: string, until: string) {
  return useQuery({
    queryKey: ['occurrences', from, until],
    queryFn: () => dataOf(api.GET('/api/v1/occurrences', { params: { query: { from, until } } })),
  });
}

export function useRollCall(occurrenceId: string | null) {
  return useQuery({
    queryKey: ['roll-call', occurrenceId],
    enabled: occurrenceId !== null,
    queryFn: async () =>
      (await dataOf(
        api.GET('/api/v1/occurrences/{occurrenceId}/roll-call', { params: { path: { occurrenceId: occurrenceId ?? '' } } }),
      )) as RollCall,
  });
}

/** A social-map entry with every attribute of DOMAIN.md §4.3. */
export type Offer = ApiResponse<'/api/v1/offers/{offerId}'>;

/** The social map's filters, as the API takes them (GET /offers). */
export interface OfferFilters {
  q: string;
  form: ApiQuery<'/api/v1/offers'>['form'] | null;
  access: string | null;
  wheelchairAccessible: boolean;
  lowStimulus: boolean;
  internal: boolean;
  maxCostPerMonth: number | null;
}

/** Only the filters that narrow: an empty text, no choice or an unticked box sends no parameter at all. */
function offerQuery(filters: OfferFilters): ApiQuery<'/api/v1/offers'> {
  const q = filters.q.trim();
  return {
    ...(q ? { q } : {}),
    ...(filters.form ? { form: filters.form } : {}),
    ...(filters.access ? { access: filters.access } : {}),
    ...(filters.wheelchairAccessible ? { wheelchairAccessible: true } : {}),
    ...(filters.lowStimulus ? { lowStimulus: true } : {}),
    ...(filters.internal ? { internal: true } : {}),
    ...(filters.maxCostPerMonth !== null ? { maxCostPerMonth: filters.maxCostPerMonth } : {}),
  };
}

export function useOffers(filters: OfferFilters) {
  const query = offerQuery(filters);
  return useQuery({
    queryKey: ['offers', query],
    queryFn: () => dataOf(api.GET('/api/v1/offers', { params: { query } })),
  });
}

export function useOffer(offerId: string) {
  return useQuery({
    queryKey: ['offer', offerId],
    queryFn: () => dataOf(api.GET('/api/v1/offers/{offerId}', { params: { path: { offerId } } })),
  });
}

export type ActivityGroup = ApiResponse<'/api/v1/groups'>[number];

export function useGroups(mine: boolean) {
  return useQuery({
    queryKey: ['groups', mine],
    queryFn: () => dataOf(api.GET('/api/v1/groups', { params: { query: mine ? { mine: true } : {} } })),
  });
}

/** Occurrences of one group in a period (any group of the organisation). */
export function useGroupOccurrences(groupId: string, from: string, until: string) {
  return useQuery({
    queryKey: ['occurrences', groupId, from, until],
    queryFn: () => dataOf(api.GET('/api/v1/occurrences', { params: { query: { groupId, from, until } } })),
  });
}

export type Matches = ApiResponse<'/api/v1/clients/{clientId}/matches'>;

export function useMatches(clientId: string) {
  return useQuery({
    queryKey: ['matches', clientId],
    queryFn: () => dataOf(api.GET('/api/v1/clients/{clientId}/matches', { params: { path: { clientId } } })),
  });
}

export function useRecordUnmetNeed(clientId: string) {
  return useMutation({
    mutationFn: (need: ApiBody<'/api/v1/clients/{clientId}/unmet-needs', 'post'>) =>
      dataOf(api.POST('/api/v1/clients/{clientId}/unmet-needs', { params: { path: { clientId } }, body: need })),
  });
}

const PLAN = '/api/v1/clients/{clientId}/participation-plan';

/**
 * The plan with its comments. The route's schema leaves the plan and the comments open (the plan is core's
 * `ParticipationPlan`, validated by the server section by section), so their shape is written here.
 */
export type PlanResponse = Omit<ApiResponse<typeof PLAN>, 'plan' | 'comments'> & {
  plan: ParticipationPlan;
  comments: { id: string; text: string; authorName: string; createdAt: string }[];
};

export function useParticipationPlan(clientId: string) {
  return useQuery({
    queryKey: ['plan', clientId],
    queryFn: async () => (await dataOf(api.GET(PLAN, { params: { path: { clientId } } }))) as unknown as PlanResponse,
  });
}

export function useSavePlan(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ plan, version }: { plan: ParticipationPlan; version: number }) =>
      dataOf(
        api.PUT(PLAN, {
          params: { path: { clientId } },
          // The route reads If-Match without declaring it in its schema: sent as a plain header.
          headers: { 'if-match': `"${version}"` },
          body: { plan },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plan', clientId] }),
  });
}

/** Read a chosen file as base64, the way the portfolio endpoint takes it. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('file could not be read'));
    reader.readAsDataURL(file);
  });
}

type PortfolioFile = ApiBody<'/api/v1/clients/{clientId}/portfolio-files', 'post'>;

export function useUploadPortfolioFile(clientId: string) {
  return useMutation({
    mutationFn: async (file: File) =>
      dataOf(
        api.POST('/api/v1/clients/{clientId}/portfolio-files', {
          params: { path: { clientId } },
          body: {
            name: file.name,
            // The browser's type as it is: a type the server does not take is refused with its problem.
            contentType: file.type as PortfolioFile['contentType'],
            dataBase64: await readAsBase64(file),
          },
        }),
      ),
  });
}

export function useRecordDayEvaluation(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (evaluation: ApiBody<'/api/v1/clients/{clientId}/day-evaluations', 'post'>) =>
      dataOf(api.POST('/api/v1/clients/{clientId}/day-evaluations', { params: { path: { clientId } }, body: evaluation })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['day-evaluations-due'] }),
  });
}
