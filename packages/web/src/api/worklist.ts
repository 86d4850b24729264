import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type ApiResponse } from './client';

export type Worklist = ApiResponse<'/api/v1/worklist'>;
export type WorklistItem = Worklist['items'][number];

/** The caller's work list, one query for the start page and the counts in the navigation. */
export function useWorklist() {
  return useQuery({ queryKey: ['worklist'], queryFn: () => dataOf(api.GET('/api/v1/worklist')) });
}

export type TimelineItem = ApiResponse<'/api/v1/clients/{clientId}/timeline'>['items'][number];

export function useTimeline(clientId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['timeline', clientId, page, pageSize],
    queryFn: () =>
      dataOf(api.GET('/api/v1/clients/{clientId}/timeline', { params: { path: { clientId }, query: { page, pageSize } } })),
  });
}

export type NoteHit = ApiResponse<'/api/v1/notes/search'>['items'][number];

export function useNoteSearch(q: string) {
  return useQuery({
    queryKey: ['note-search', q],
    enabled: q.trim().length >= 2,
    queryFn: () => dataOf(api.GET('/api/v1/notes/search', { params: { query: { q: q.trim() } } })),
  });
}

export type Notification = ApiResponse<'/api/v1/notifications'>['items'][number];

export function useNotifications() {
  return useQuery({ queryKey: ['notifications'], queryFn: () => dataOf(api.GET('/api/v1/notifications')) });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) =>
      dataOf(api.POST('/api/v1/notifications/{notificationId}/read', { params: { path: { notificationId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
