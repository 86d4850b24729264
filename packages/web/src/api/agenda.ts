import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type ApiBody, type ApiQuery, type ApiResponse } from './client';

/** One entry on the agenda: a session of a series or an occurrence of a day-activity group (server agenda-views.ts). */
export type AgendaItem = ApiResponse<'/api/v1/agenda'>[number];

export type AgendaScope = { kind: 'professional' | 'room' | 'group'; id: string | null };

/** A new appointment or recurring series with its exceptions. */
export type SeriesInput = ApiBody<'/api/v1/agenda/series', 'post'>;

/** Whose agenda: no parameter for my own, else the professional, room or group asked for. */
function scopeQuery(scope: AgendaScope): ApiQuery<'/api/v1/agenda'> {
  if (scope.id === null) return {};
  if (scope.kind === 'professional') return { professionalId: scope.id };
  return scope.kind === 'room' ? { roomId: scope.id } : { groupId: scope.id };
}

export function useAgenda(scope: AgendaScope, from: string, until: string) {
  return useQuery({
    queryKey: ['agenda', scope.kind, scope.id, from, until],
    queryFn: () => dataOf(api.GET('/api/v1/agenda', { params: { query: { from, until, ...scopeQuery(scope) } } })),
  });
}

export function useClientAgenda(clientId: string | null, from: string, until: string) {
  return useQuery({
    queryKey: ['client-agenda', clientId, from, until],
    enabled: clientId !== null,
    queryFn: () =>
      dataOf(
        api.GET('/api/v1/clients/{clientId}/agenda', {
          params: { path: { clientId: clientId ?? '' }, query: { from, until } },
        }),
      ),
  });
}

export function useRooms() {
  return useQuery({
    queryKey: ['agenda-rooms'],
    queryFn: () => dataOf(api.GET('/api/v1/agenda/rooms')),
  });
}

function useAgendaWrite<V>(fn: (v: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agenda'] }),
  });
}

export const useCreateSeries = () => useAgendaWrite((body: SeriesInput) => dataOf(api.POST('/api/v1/agenda/series', { body })));

export const useCreateRoom = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/v1/agenda/rooms', 'post'>) => dataOf(api.POST('/api/v1/agenda/rooms', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agenda-rooms'] }),
  });
};

/**
 * The session of a series an agenda item is. The card offers cancel and move only on items with a series, which
 * carry the series' version; a group occurrence (no series, version null) would be sent as it is and refused.
 */
const sessionOf = (item: AgendaItem) => ({ path: { seriesId: item.seriesId ?? '', date: item.originalDate ?? '' } });
const versionOf = (item: AgendaItem) => item.version as number;

export const useCancelSession = () =>
  useAgendaWrite((v: { item: AgendaItem; reason: string }) =>
    dataOf(
      api.POST('/api/v1/agenda/series/{seriesId}/sessions/{date}/cancel', {
        params: sessionOf(v.item),
        body: { version: versionOf(v.item), reason: v.reason },
      }),
    ),
  );

export const useMoveSession = () =>
  useAgendaWrite((v: { item: AgendaItem; reason: string; toDate: string; toStart: string; toEnd: string }) =>
    dataOf(
      api.POST('/api/v1/agenda/series/{seriesId}/sessions/{date}/move', {
        params: sessionOf(v.item),
        body: { version: versionOf(v.item), reason: v.reason, toDate: v.toDate, toStart: v.toStart, toEnd: v.toEnd },
      }),
    ),
  );

export function useFeed() {
  return useQuery({
    queryKey: ['agenda-feed'],
    queryFn: () => dataOf(api.GET('/api/v1/agenda/feed')),
  });
}

export function useMakeFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => dataOf(api.POST('/api/v1/agenda/feed')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agenda-feed'] }),
  });
}

export function useRevokeFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => dataOf(api.DELETE('/api/v1/agenda/feed')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agenda-feed'] }),
  });
}
