import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type ApiBody, type ApiResponse } from './client';

const MOMENTS = '/api/v1/clients/{clientId}/contact-moments';
const MOMENT = '/api/v1/clients/{clientId}/contact-moments/{momentId}';

export type ContactMoment = ApiResponse<typeof MOMENTS>['items'][number];
export type ContactMomentBody = ApiBody<typeof MOMENTS, 'post'>;
export type ContactMomentVersion = ApiResponse<`${typeof MOMENT}/versions`>['items'][number];

/** The person's contact moments and whether the caller may record one, as the server answers now. */
export function fetchContactMoments(clientId: string) {
  return dataOf(api.GET(MOMENTS, { params: { path: { clientId } } }));
}

/** The person's contact moments with their job coach, and whether the caller may record one (the server decides). */
export function useContactMoments(clientId: string, enabled = true) {
  return useQuery({
    queryKey: ['contact-moments', clientId],
    enabled,
    queryFn: () => fetchContactMoments(clientId),
  });
}

/** Every version of one moment, the newest first (the first is the current text). */
export function useContactMomentVersions(clientId: string, momentId: string, version: number, enabled: boolean) {
  return useQuery({
    // The version in the key: after a correction the list of versions is read again.
    queryKey: ['contact-moment-versions', clientId, momentId, version],
    enabled,
    queryFn: () => dataOf(api.GET(`${MOMENT}/versions`, { params: { path: { clientId, momentId } } })),
  });
}

function useInvalidateMoments(clientId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['contact-moments', clientId] }),
      queryClient.invalidateQueries({ queryKey: ['timeline', clientId] }),
    ]);
}

export function useRecordContactMoment(clientId: string) {
  const invalidate = useInvalidateMoments(clientId);
  return useMutation({
    mutationFn: (body: ContactMomentBody) => dataOf(api.POST(MOMENTS, { params: { path: { clientId } }, body })),
    onSuccess: invalidate,
  });
}

/** A correction of one's own moment, of the version one saw (If-Match): 409 when it changed meanwhile. */
export function useCorrectContactMoment(clientId: string) {
  const invalidate = useInvalidateMoments(clientId);
  return useMutation({
    mutationFn: ({ momentId, version, body }: { momentId: string; version: number; body: ContactMomentBody }) =>
      dataOf(
        api.PUT(MOMENT, {
          params: { path: { clientId, momentId } },
          // The route reads If-Match without declaring it in its schema: sent as a plain header.
          headers: { 'if-match': `"${version}"` },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}
