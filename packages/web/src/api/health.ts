import { useQuery } from '@tanstack/react-query';
import { api, dataOf, type ApiResponse } from './client';

export type Health = ApiResponse<'/api/v1/health'>;

export function useHealth() {
  return useQuery({ queryKey: ['health'], queryFn: () => dataOf(api.GET('/api/v1/health')), staleTime: 5 * 60_000 });
}
