import type { ContinuumForm } from '@meedoen/core';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './client';

/** A table of counts; in the person-count tables null means suppressed (too few persons to show). */
export interface Table<T = number | null> {
  cells: T[][];
  rowTotals: T[];
  columnTotals: T[];
  total: T;
}

export interface MunicipalOverview {
  municipalities: string[];
  tileUrl: string | null;
  minCellSize: number;
  rows: {
    municipality: string | null;
    neighbourhood: string | null;
    online: boolean;
    centre: { lat: number; lon: number } | null;
    forms: ContinuumForm[];
  }[];
  columns: (number | 'unknown')[];
  offers: Table<number>;
  places: Table<number>;
  publicTransport: Table<number>;
  diversity: Table<number>;
  occupied: Table;
  placesFree: Table;
  waiting: Table;
  unmetNeeds: Table;
  missingForms: { municipality: string; forms: ContinuumForm[] }[];
  markers: { id: string; name: string; form: ContinuumForm; rung: number; lat: number; lon: number }[];
}

export function useMunicipalOverview() {
  return useQuery({
    queryKey: ['municipal-overview'],
    queryFn: () => apiRequest<MunicipalOverview>('GET', '/municipal-overview'),
  });
}
