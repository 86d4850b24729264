import { hasOrgPermission, type Role } from '@meedoen/core';
import { useQuery } from '@tanstack/react-query';
import { api, dataOf, type ApiResponse } from './client';

export type Caseload = ApiResponse<'/api/v1/caseload'>;

const TREATERS: Role[] = ['vaktherapeut', 'ergotherapeut', 'regiebehandelaar'];
const DAY_ROLES: Role[] = ['activiteitenbegeleider', 'trajectbegeleider', 'zorgcoordinator'];

export const seesCaseload = (roles: readonly Role[]) => roles.some((r) => TREATERS.includes(r));
export const seesDayWork = (roles: readonly Role[]) => roles.some((r) => DAY_ROLES.includes(r));
/** From core's permission table: single needs with their free text are for the organisation, not the municipality. */
export const seesUnmetNeeds = (roles: readonly Role[]) => hasOrgPermission(roles, 'unmet_needs.report');

export function useCaseload(enabled: boolean) {
  return useQuery({ queryKey: ['caseload'], enabled, queryFn: () => dataOf(api.GET('/api/v1/caseload')) });
}

export function useTodaysOccurrences(enabled: boolean, today: string) {
  return useQuery({
    queryKey: ['occurrences', today, today],
    enabled,
    queryFn: () => dataOf(api.GET('/api/v1/occurrences', { params: { query: { from: today, until: today } } })),
  });
}

export function useDayEvaluationsDue(enabled: boolean) {
  return useQuery({
    queryKey: ['day-evaluations-due'],
    enabled,
    queryFn: () => dataOf(api.GET('/api/v1/day-evaluations/due', { params: { query: { withinDays: 30 } } })),
  });
}

export function useUnmetNeeds(enabled: boolean) {
  return useQuery({
    queryKey: ['unmet-needs'],
    enabled,
    queryFn: () => dataOf(api.GET('/api/v1/unmet-needs')),
  });
}
