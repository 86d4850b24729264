import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './client';

export interface ClientListItem {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  careSetting: string;
  relation: string;
}

export function useClients() {
  return useQuery({ queryKey: ['clients'], queryFn: () => apiRequest<{ items: ClientListItem[] }>('GET', '/clients') });
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
