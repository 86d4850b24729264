import type { ClosingReport, Discipline, Goal, PlanContent, TrajectoryState } from '@meedoen/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

export interface TrajectoryView {
  id: string;
  clientId: string;
  version: number;
  state: TrajectoryState;
  referral: {
    discipline: Discipline;
    requestType: string;
    referrerName: string;
    referrerAgb?: string | null;
    question: string;
  };
  goals: Goal[];
  plans: { version: number; plan: PlanContent; agreed: { by: string; date: string } | null }[];
  evaluationAgreements: { everyWeeks: number; firstDate: string; method: string } | null;
  sessions: { id: string; date: string; form: string; directMinutes: number; groupSessionId: string | null }[];
  evaluations: { date: string; decision: number }[];
  parentalConsent: { givenBy: string; name: string; date: string } | null;
  naasten: { name: string; relation: string; basis: string }[];
  diagnosticsReport: { report: string; sentTo: string } | null;
  closingNotes: { advice: string; relapsePrevention: string } | null;
  history: { seq: number; type: string; at: string; actorName: string | null }[];
  warnings: { code: string; source: string }[];
  planCompleteness: { complete: boolean; missing: string[] } | null;
  gasTScore: number | null;
  abilities: { read: boolean; write: boolean };
}

export function useProfessionals(enabled = true) {
  return useQuery({
    queryKey: ['professionals'],
    enabled,
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

export function useClosingReport(clientId: string, trajectoryId: string, version: number) {
  return useQuery({
    queryKey: ['closing-report', trajectoryId, version],
    queryFn: () => apiRequest<ClosingReport>('GET', `/clients/${clientId}/trajectories/${trajectoryId}/closing-report`),
  });
}

export interface MdoItem {
  mdoId: string;
  heldOn: string;
  participants: string[];
  trajectoryId: string;
  decision: string;
  notes: string | null;
}

export function useMdoItems(clientId: string) {
  return useQuery({
    queryKey: ['mdo-items', clientId],
    queryFn: () => apiRequest<MdoItem[]>('GET', `/clients/${clientId}/mdo-items`),
  });
}

export interface MdoMeeting {
  heldOn: string;
  participants: string[];
  notes?: string;
  items: { clientId: string; trajectoryId: string; decision: string; notes?: string }[];
}

export function useRecordMdo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (meeting: MdoMeeting) => apiRequest<{ id: string }>('POST', '/mdo-meetings', meeting),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['mdo-items'] }),
        queryClient.invalidateQueries({ queryKey: ['mdo-meetings'] }),
      ]),
  });
}

/** A meeting as the list across persons shows it: the decisions about people I may see, the others only counted. */
export interface MdoMeetingView {
  id: string;
  heldOn: string;
  participants: string[];
  notes: string | null;
  notesWithheld: boolean;
  items: {
    clientId: string;
    clientName: string;
    trajectoryId: string;
    discipline: string;
    decision: string;
    notes: string | null;
  }[];
  othersDiscussed: number;
}

export function useMdoMeetings(from: string, until: string) {
  return useQuery({
    queryKey: ['mdo-meetings', from, until],
    queryFn: () => apiRequest<MdoMeetingView[]>('GET', `/mdo-meetings?from=${from}&until=${until}`),
  });
}
