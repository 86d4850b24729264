import { useQuery } from '@tanstack/react-query';
import { api, dataOf, type ApiResponse } from './client';

/** Per neighbourhood and entry rung: offers, places, waiting, unmet needs, and the map markers. */
export type MunicipalOverview = ApiResponse<'/api/v1/municipal-overview'>;

/** A table of counts; in the person-count tables null means suppressed (too few persons to show). */
export type Table = MunicipalOverview['occupied'];

export function useMunicipalOverview() {
  return useQuery({
    queryKey: ['municipal-overview'],
    queryFn: () => dataOf(api.GET('/api/v1/municipal-overview')),
  });
}
