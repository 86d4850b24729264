import type { Goal, PlanContent, TrajectoryState } from '@meedoen/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

export interface TrajectoryView {
  id: string;
  clientId: string;
  version: number;
  state: TrajectoryState;
  referral: { discipline: string; requestType: string; referrerName: string; question: string };
  goals: Goal[];
  plans: { version: number; plan: PlanContent; agreed: { by: string; date: string } | null }[];
  evaluationAgreements: { everyWeeks: number; firstDate: string; method: string } | null;
  sessions: { id: string; date: string; form: string; directMinutes: number; groupSessionId: string | null }[];
  evaluations: { date: string; decision: number }[];
  history: { seq: number; type: string; at: string; actorName: string | null }[];
  warnings: { code: string; source: string }[];
  planCompleteness: { complete: boolean; missing: string[] } | null;
  gasTScore: number | null;
  abilities: { read: boolean; write: boolean };
}

export function useProfessionals() {
  return useQuery({
    queryKey: ['professionals'],
    queryFn: () =>
      apiRequest<{ id: string; displayName: string; roles: string[]; discipline: string | null }[]>('GET', '/professionals'),
  });
}

export function useTrajectory(clientId: string, trajectoryId: string) {
  return useQuery({
    queryKey: ['trajectory', trajectoryId],
    queryFn: () => apiRequest<TrajectoryView>('GET', `/clients/${clientId}/trajectories/${trajectoryId}`),
  });
}

export function useRefer(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (referral: object) => apiRequest<TrajectoryView>('POST', `/clients/${clientId}/trajectories`, referral),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['trajectories', clientId] }),
  });
}

/** Take one step; the version seen goes along as If-Match, so a stale step gets 409. */
export function useStep(clientId: string, trajectoryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body, version }: { path: string; body: object; version: number }) =>
      apiRequest<TrajectoryView>('POST', `/clients/${clientId}/trajectories/${trajectoryId}/${path}`, body, {
        'if-match': `"${version}"`,
      }),
    onSuccess: (view) => queryClient.setQueryData(['trajectory', trajectoryId], view),
  });
}

export function useGroupSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: object) => apiRequest<{ groupSessionId: string; recorded: number }>('POST', '/group-sessions', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['trajectory'] }),
  });
}
