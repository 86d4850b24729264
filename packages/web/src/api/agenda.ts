import type { AgendaWeekday, AppointmentKind, RecurrenceFrequency } from '@meedoen/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

/** One entry on the agenda: a session of a series or an occurrence of a day-activity group (server agenda-views.ts). */
export interface AgendaItem {
  id: string;
  source: 'afspraak' | 'groepsactiviteit';
  seriesId: string | null;
  originalDate: string | null;
  occurrenceId: string | null;
  kind: AppointmentKind;
  title: string;
  date: string;
  starts: string;
  ends: string;
  moved: boolean;
  cancelled: boolean;
  cancelReason: string | null;
  recurring: boolean;
  professional: { id: string; name: string } | null;
  room: { id: string; name: string } | null;
  group: { id: string; name: string } | null;
  location: string | null;
  onlineUrl: string | null;
  clientId: string | null;
  /** Only for whom may see the client; others see the neutral title and the time. */
  clientName: string | null;
  trajectoryId: string | null;
  version: number | null;
}

export type AgendaScope = { kind: 'professional' | 'room' | 'group'; id: string | null };

export interface SeriesInput {
  kind: AppointmentKind;
  professionalId: string;
  roomId: string | null;
  clientId: string | null;
  trajectoryId: string | null;
  groupId: string | null;
  address: string | null;
  onlineUrl: string | null;
  startDate: string;
  startTime: string;
  endTime: string;
  recurrence: {
    frequency: RecurrenceFrequency;
    interval: number;
    weekdays: AgendaWeekday[];
    until: string | null;
    count: number | null;
  } | null;
  exceptions: { date: string; kind: 'cancelled'; reason: string }[];
}

const scopeQuery = (scope: AgendaScope) =>
  scope.id === null
    ? ''
    : `&${scope.kind === 'professional' ? 'professionalId' : scope.kind === 'room' ? 'roomId' : 'groupId'}=${scope.id}`;

export function useAgenda(scope: AgendaScope, from: string, until: string) {
  return useQuery({
    queryKey: ['agenda', scope.kind, scope.id, from, until],
    queryFn: () => apiRequest<AgendaItem[]>('GET', `/agenda?from=${from}&until=${until}${scopeQuery(scope)}`),
  });
}

export function useClientAgenda(clientId: string | null, from: string, until: string) {
  return useQuery({
    queryKey: ['client-agenda', clientId, from, until],
    enabled: clientId !== null,
    queryFn: () => apiRequest<AgendaItem[]>('GET', `/clients/${clientId ?? ''}/agenda?from=${from}&until=${until}`),
  });
}

export function useRooms() {
  return useQuery({
    queryKey: ['agenda-rooms'],
    queryFn: () => apiRequest<{ id: string; name: string; capacity: number | null }[]>('GET', '/agenda/rooms'),
  });
}

function useAgendaWrite<V>(fn: (v: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agenda'] }),
  });
}

export const useCreateSeries = () => useAgendaWrite((input: SeriesInput) => apiRequest('POST', '/agenda/series', input));

export const useCreateRoom = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; capacity: number | null }) => apiRequest('POST', '/agenda/rooms', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agenda-rooms'] }),
  });
};

export const useCancelSession = () =>
  useAgendaWrite((v: { item: AgendaItem; reason: string }) =>
    apiRequest('POST', `/agenda/series/${v.item.seriesId ?? ''}/sessions/${v.item.originalDate ?? ''}/cancel`, {
      version: v.item.version,
      reason: v.reason,
    }),
  );

export const useMoveSession = () =>
  useAgendaWrite((v: { item: AgendaItem; reason: string; toDate: string; toStart: string; toEnd: string }) =>
    apiRequest('POST', `/agenda/series/${v.item.seriesId ?? ''}/sessions/${v.item.originalDate ?? ''}/move`, {
      version: v.item.version,
      reason: v.reason,
      toDate: v.toDate,
      toStart: v.toStart,
      toEnd: v.toEnd,
    }),
  );

export function useFeed() {
  return useQuery({
    queryKey: ['agenda-feed'],
    queryFn: () => apiRequest<{ active: boolean; createdAt: string | null }>('GET', '/agenda/feed'),
  });
}

export function useMakeFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<{ path: string }>('POST', '/agenda/feed'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agenda-feed'] }),
  });
}

export function useRevokeFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('DELETE', '/agenda/feed'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agenda-feed'] }),
  });
}
