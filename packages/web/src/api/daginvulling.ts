import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AttendanceStatus, ParticipationPlan, Reason } from '@meedoen/core';
import { apiRequest } from './client';

export interface Occurrence {
  id: string;
  groupId: string;
  groupName: string;
  date: string;
  starts: string;
  ends: string;
  cancelled: boolean;
}

export interface RollCall {
  occurrence: { id: string; groupName: string; date: string; starts: string; ends: string };
  participants: { clientId: string; name: string; record: { status: AttendanceStatus; minutes: number } | null }[];
}

export function useMyOccurrences(from: string, until: string) {
  return useQuery({
    queryKey: ['occurrences', from, until],
    queryFn: () => apiRequest<Occurrence[]>('GET', `/occurrences?from=${from}&until=${until}`),
  });
}

export function useRollCall(occurrenceId: string | null) {
  return useQuery({
    queryKey: ['roll-call', occurrenceId],
    enabled: occurrenceId !== null,
    queryFn: () => apiRequest<RollCall>('GET', `/occurrences/${occurrenceId}/roll-call`),
  });
}

export function useSaveRollCall(occurrenceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (records: { clientId: string; status: AttendanceStatus }[]) =>
      apiRequest<{ recorded: number; corrected: number }>('POST', `/occurrences/${occurrenceId}/roll-call`, { records }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['roll-call', occurrenceId] }),
  });
}

export interface Offer {
  id: string;
  name: string;
  provider: string;
  description: string;
  form: string;
  access: string;
  conditions: string;
  interests: string[];
  learn: string[];
  address: string | null;
  publicTransport: string;
  wheelchairAccessible: boolean;
  lowStimulus: boolean;
  costPerMonth: number;
  schedule: { day: string; from: string; to: string }[];
  stale: boolean;
  lastConfirmedOn: string;
}

export function useOffers(query: { q: string; form: string | null }) {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set('q', query.q.trim());
  if (query.form) params.set('form', query.form);
  return useQuery({
    queryKey: ['offers', query.q, query.form],
    queryFn: () => apiRequest<Offer[]>('GET', `/offers?${params.toString()}`),
  });
}

export interface Matches {
  ranked: {
    offerId: string;
    name: string;
    form: string;
    kind: string;
    rung: number;
    travelMinutes: number | null;
    score: number;
    reasons: Reason[];
  }[];
  excluded: { offerId: string; name: string; rung: number; reasons: Reason[] }[];
}

export function useMatches(clientId: string) {
  return useQuery({ queryKey: ['matches', clientId], queryFn: () => apiRequest<Matches>('GET', `/clients/${clientId}/matches`) });
}

export function useRecordUnmetNeed(clientId: string) {
  return useMutation({
    mutationFn: (need: { sought: string; area: string; whyNothingFitted: string }) =>
      apiRequest<{ id: string }>('POST', `/clients/${clientId}/unmet-needs`, need),
  });
}

export interface PlanResponse {
  version: number;
  plan: ParticipationPlan;
  complete: boolean;
  comments: { id: string; text: string; authorName: string; createdAt: string }[];
}

export function useParticipationPlan(clientId: string) {
  return useQuery({
    queryKey: ['plan', clientId],
    queryFn: () => apiRequest<PlanResponse>('GET', `/clients/${clientId}/participation-plan`),
  });
}

export function useSavePlan(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ plan, version }: { plan: ParticipationPlan; version: number }) =>
      apiRequest<{ version: number }>('PUT', `/clients/${clientId}/participation-plan`, { plan }, { 'if-match': `"${version}"` }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plan', clientId] }),
  });
}
