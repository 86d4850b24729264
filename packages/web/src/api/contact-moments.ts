import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type ApiBody, type ApiResponse } from './client';

const MOMENTS = '/api/v1/clients/{clientId}/contact-moments';

export type ContactMoment = ApiResponse<typeof MOMENTS>['items'][number];
export type ContactMomentBody = ApiBody<typeof MOMENTS, 'post'>;

/** The person's contact moments with their job coach, and whether the caller may record one (the server decides). */
export function useContactMoments(clientId: string, enabled = true) {
  return useQuery({
    queryKey: ['contact-moments', clientId],
    enabled,
    queryFn: () => dataOf(api.GET(MOMENTS, { params: { path: { clientId } } })),
  });
}

export function useRecordContactMoment(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ContactMomentBody) => dataOf(api.POST(MOMENTS, { params: { path: { clientId } }, body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['contact-moments', clientId] }),
        queryClient.invalidateQueries({ queryKey: ['timeline', clientId] }),
      ]),
  });
}
