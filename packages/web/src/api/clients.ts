import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';
import type { Representative } from './representatives';

export interface ClientListItem {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  careSetting: string;
  relation: string;
}

/** My clients, sorted the Dutch way by the server; `query` is part of a name or a date of birth. */
export function useClients(query = '') {
  const q = query.trim();
  return useQuery({
    queryKey: ['clients', q],
    queryFn: () => apiRequest<{ items: ClientListItem[] }>('GET', q ? `/clients?q=${encodeURIComponent(q)}` : '/clients'),
    placeholderData: (previous) => previous,
  });
}

export interface AccessLogEntry {
  seq: number;
  occurredAt: string;
  userName: string | null;
  organisation: string;
  role: string | null;
  event: string;
  action: string;
  data: string | null;
  basis: string | null;
  breakGlass: boolean;
}

export function useAccessLog(clientId: string) {
  return useQuery({
    queryKey: ['access-log', clientId],
    queryFn: () => apiRequest<AccessLogEntry[]>('GET', `/clients/${clientId}/access-log`),
  });
}

export interface Ability {
  read: boolean;
  write: boolean;
}

export interface ClientRecord {
  client: {
    id: string;
    givenName: string;
    familyName: string;
    birthDate: string;
    careSetting: string;
    municipality: string | null;
  };
  careTeam:
    | {
        id: string;
        displayName: string;
        role: string;
        discipline: string | null;
        validFrom: string;
        validUntil: string | null;
        active: boolean;
      }[]
    | null;
  representatives: Representative[] | null;
  consents:
    | {
        id: string;
        granteeName: string;
        categories: string[];
        level: string;
        validFrom: string;
        validUntil: string | null;
        recordedByName: string;
        recordedHow: 'in_person' | 'signed_form' | 'portal';
        recordedAt: string;
        active: boolean;
      }[]
    | null;
  abilities: Record<
    | 'personalia'
    | 'care_network'
    | 'treatment'
    | 'measurements'
    | 'day_activities'
    | 'participation_plan'
    | 'access_log'
    | 'financing',
    Ability
  > & { breakGlass: boolean };
  /** My own open emergency access to this record: read-only until it expires. */
  emergencyAccess: { reason: string; expiresAt: string } | null;
}

export function useClientRecord(clientId: string) {
  return useQuery({ queryKey: ['client', clientId], queryFn: () => apiRequest<ClientRecord>('GET', `/clients/${clientId}`) });
}

/** Opens emergency access with a reason; everything about this client is read again under it. */
export function useOpenEmergencyAccess(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      apiRequest<{ id: string; expiresAt: string }>('POST', `/clients/${clientId}/break-glass`, { reason }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useTrajectories(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['trajectories', clientId],
    enabled,
    queryFn: () =>
      apiRequest<
        {
          id: string;
          discipline: string;
          state: string;
          therapistName: string;
          nextEvaluationDate: string | null;
          warningCount: number;
          latestScore: { score: number; date: string } | null;
        }[]
      >('GET', `/clients/${clientId}/trajectories`),
  });
}

export function useEnrolments(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['enrolments', clientId],
    enabled,
    queryFn: () =>
      apiRequest<
        {
          id: string;
          offerName: string;
          form: string;
          groupName: string | null;
          status: string;
          startedOn: string;
          financer: string;
          indicationUntil: string | null;
          volume: number | null;
          volumePer: string | null;
        }[]
      >('GET', `/clients/${clientId}/enrolments`),
  });
}

export function useLadder(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['ladder', clientId],
    enabled,
    queryFn: () =>
      apiRequest<{ position: { date: string; rung: number; targetRung: number; wantsToStay: boolean } }[]>(
        'GET',
        `/clients/${clientId}/ladder`,
      ),
  });
}

export interface MonthOverviewRow {
  enrolmentId: string;
  offerName: string;
  financer: string;
  month: string;
  minutes: number;
  units: number;
  unitCode: string;
  allowed: number | null;
  warnings: { code: string; detail: string }[];
}

export function useMonthOverview(clientId: string, month: string, enabled: boolean) {
  return useQuery({
    queryKey: ['attendance', clientId, month],
    enabled,
    queryFn: () => apiRequest<MonthOverviewRow[]>('GET', `/clients/${clientId}/attendance?month=${month}`),
  });
}
