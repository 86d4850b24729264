import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AttendanceStatus,
  ContinuumForm,
  DayEvaluation,
  ParticipationPlan,
  Reason,
  TransportMode,
  TravelBand,
} from '@meedoen/core';
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
  participants: {
    clientId: string;
    name: string;
    record: {
      status: AttendanceStatus;
      minutes: number;
      arrival: string | null;
      departure: string | null;
      transport: TransportMode | null;
    } | null;
  }[];
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

/** A social-map entry with every attribute of DOMAIN.md §4.3. */
export interface Offer {
  id: string;
  version: number;
  name: string;
  provider: string;
  internal: boolean;
  description: string;
  form: ContinuumForm;
  access: string;
  conditions: string;
  forWhom: string;
  interests: string[];
  learn: string[];
  level: string;
  groupOrIndividual: 'groep' | 'individueel';
  schedule: { day: string; from: string; to: string }[];
  eveningsWeekends: boolean;
  openInHolidays: boolean;
  capacity: number | null;
  address: string | null;
  online: boolean;
  publicTransport: string;
  wheelchairAccessible: boolean;
  lowStimulus: boolean;
  smallScale: boolean;
  socialSafety: { contactPerson: boolean; buddy: boolean; houseRules: boolean };
  costPerMonth: number;
  compensationPerHour: number | null;
  benefitEffect: string;
  roles: string[];
  expertsByExperience: boolean;
  partners: string;
  results: string;
  stale: boolean;
  lastConfirmedOn: string;
}

/** The social map's filters, as the API takes them (GET /offers). */
export interface OfferFilters {
  q: string;
  form: string | null;
  access: string | null;
  wheelchairAccessible: boolean;
  lowStimulus: boolean;
  internal: boolean;
  maxCostPerMonth: number | null;
}

export function useOffers(filters: OfferFilters) {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.form) params.set('form', filters.form);
  if (filters.access) params.set('access', filters.access);
  if (filters.wheelchairAccessible) params.set('wheelchairAccessible', 'true');
  if (filters.lowStimulus) params.set('lowStimulus', 'true');
  if (filters.internal) params.set('internal', 'true');
  if (filters.maxCostPerMonth !== null) params.set('maxCostPerMonth', String(filters.maxCostPerMonth));
  const query = params.toString();
  return useQuery({ queryKey: ['offers', query], queryFn: () => apiRequest<Offer[]>('GET', `/offers?${query}`) });
}

export function useOffer(offerId: string) {
  return useQuery({ queryKey: ['offer', offerId], queryFn: () => apiRequest<Offer>('GET', `/offers/${offerId}`) });
}

export interface ActivityGroup {
  id: string;
  offerId: string;
  offerName: string;
  name: string;
  schedule: { day: string; from: string; to: string }[];
  location: string;
  online: boolean;
  capacity: number;
  supervisorIds: string[];
  seasonFrom: string;
  seasonUntil: string | null;
  participants: number;
}

export function useGroups(mine: boolean) {
  return useQuery({
    queryKey: ['groups', mine],
    queryFn: () => apiRequest<ActivityGroup[]>('GET', `/groups${mine ? '?mine=true' : ''}`),
  });
}

/** Occurrences of one group in a period (any group of the organisation). */
export function useGroupOccurrences(groupId: string, from: string, until: string) {
  return useQuery({
    queryKey: ['occurrences', groupId, from, until],
    queryFn: () => apiRequest<Occurrence[]>('GET', `/occurrences?groupId=${groupId}&from=${from}&until=${until}`),
  });
}

export interface Matches {
  ranked: {
    offerId: string;
    name: string;
    form: string;
    kind: string;
    rung: number;
    /** Only for those who may know the home address; others get the band. */
    travelMinutes: number | null;
    travelBand: TravelBand | null;
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

/** Read a chosen file as base64, the way the portfolio endpoint takes it. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('file could not be read'));
    reader.readAsDataURL(file);
  });
}

export function useUploadPortfolioFile(clientId: string) {
  return useMutation({
    mutationFn: async (file: File) =>
      apiRequest<{ id: string; sizeBytes: number }>('POST', `/clients/${clientId}/portfolio-files`, {
        name: file.name,
        contentType: file.type,
        dataBase64: await readAsBase64(file),
      }),
  });
}

export function useRecordDayEvaluation(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (evaluation: DayEvaluation) =>
      apiRequest<{ id: string }>('POST', `/clients/${clientId}/day-evaluations`, evaluation),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['day-evaluations-due'] }),
  });
}
