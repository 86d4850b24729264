import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type ApiBody, type ApiResponse } from './client';

/** The organisation's contracts and tariffs: its own financing parameter sets and the defaults still in force. */
export type ParameterSets = ApiResponse<'/api/v1/financing/parameter-sets'>;
export type StoredParameterSet = ParameterSets['sets'][number];
export type ParameterValues = StoredParameterSet['parameters'];
export type ParameterSetInput = ApiBody<'/api/v1/financing/parameter-sets', 'post'>;

const KEY = ['financing-parameter-sets'] as const;

export function useParameterSets() {
  return useQuery({ queryKey: KEY, queryFn: () => dataOf(api.GET('/api/v1/financing/parameter-sets')) });
}

export function useCreateParameterSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ParameterSetInput) => dataOf(api.POST('/api/v1/financing/parameter-sets', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

/** A change with the version the administrator saw (If-Match); a conflict reloads what is stored now. */
export function useUpdateParameterSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ setId, version, body }: { setId: string; version: number; body: ParameterSetInput }) =>
      dataOf(
        api.PUT('/api/v1/financing/parameter-sets/{setId}', {
          params: { path: { setId } },
          headers: { 'if-match': `"${version}"` },
          body,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
