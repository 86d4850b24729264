import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './client';

export interface Health {
  status: 'ok';
  engine: 'pglite' | 'postgresql';
  version: string;
  demo: boolean;
  migration: { latest: string | null; applied: number };
}

export function useHealth() {
  return useQuery({ queryKey: ['health'], queryFn: () => apiRequest<Health>('GET', '/health'), staleTime: 5 * 60_000 });
}
