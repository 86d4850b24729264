import { hasOrgPermission, type Role } from '@meedoen/core';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './client';
import type { Occurrence } from './daginvulling';

export interface Caseload {
  byState: Record<string, number>;
  items: {
    id: string;
    clientId: string;
    clientName: string;
    discipline: string;
    state: string;
    nextEvaluationDate: string | null;
    evaluationDue: boolean;
    evaluationOverdue: boolean;
    warnings: string[];
  }[];
}

const TREATERS: Role[] = ['vaktherapeut', 'ergotherapeut', 'regiebehandelaar'];
const DAY_ROLES: Role[] = ['activiteitenbegeleider', 'trajectbegeleider', 'zorgcoordinator'];

export const seesCaseload = (roles: readonly Role[]) => roles.some((r) => TREATERS.includes(r));
export const seesDayWork = (roles: readonly Role[]) => roles.some((r) => DAY_ROLES.includes(r));
/** From core's permission table: single needs with their free text are for the organisation, not the municipality. */
export const seesUnmetNeeds = (roles: readonly Role[]) => hasOrgPermission(roles, 'unmet_needs.report');

export function useCaseload(enabled: boolean) {
  return useQuery({ queryKey: ['caseload'], enabled, queryFn: () => apiRequest<Caseload>('GET', '/caseload') });
}

export function useTodaysOccurrences(enabled: boolean, today: string) {
  return useQuery({
    queryKey: ['occurrences', today, today],
    enabled,
    queryFn: () => apiRequest<Occurrence[]>('GET', `/occurrences?from=${today}&until=${today}`),
  });
}

export function useDayEvaluationsDue(enabled: boolean) {
  return useQuery({
    queryKey: ['day-evaluations-due'],
    enabled,
    queryFn: () =>
      apiRequest<{ clientId: string; clientName: string; due: string; reason: string; overdue: boolean }[]>(
        'GET',
        '/day-evaluations/due?withinDays=30',
      ),
  });
}

export function useUnmetNeeds(enabled: boolean) {
  return useQuery({
    queryKey: ['unmet-needs'],
    enabled,
    queryFn: () => apiRequest<{ id: string; sought: string; area: string; recordedOn: string }[]>('GET', '/unmet-needs'),
  });
}
