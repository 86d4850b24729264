import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

export interface WorklistItem {
  kind: string;
  clientId: string | null;
  clientName: string | null;
  date: string | null;
  label: string;
  link: string;
  /** Today's appointments: whether the session note is written. */
  done: boolean | null;
}
export interface Worklist {
  items: WorklistItem[];
  counts: Record<string, number>;
  total: number;
}

/** The caller's work list, one query for the start page and the counts in the navigation. */
export function useWorklist() {
  return useQuery({ queryKey: ['worklist'], queryFn: () => apiRequest<Worklist>('GET', '/worklist') });
}

export interface TimelineItem {
  id: string;
  kind: string;
  date: string;
  at: string;
  authorName: string | null;
  label: string;
  fields: { name: string; value: string }[];
  trajectoryId: string | null;
}

export function useTimeline(clientId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['timeline', clientId, page, pageSize],
    queryFn: () =>
      apiRequest<{ items: TimelineItem[]; total: number; page: number; pageSize: number }>(
        'GET',
        `/clients/${clientId}/timeline?page=${page}&pageSize=${pageSize}`,
      ),
  });
}

export interface NoteHit {
  clientId: string;
  clientName: string;
  trajectoryId: string;
  id: string;
  date: string;
  authorName: string | null;
  activities: string;
  observations: string;
  sessionEvaluation: string;
}

export function useNoteSearch(q: string) {
  return useQuery({
    queryKey: ['note-search', q],
    enabled: q.trim().length >= 2,
    queryFn: () => apiRequest<{ items: NoteHit[] }>('GET', `/notes/search?q=${encodeURIComponent(q.trim())}`),
  });
}

export interface Notification {
  id: string;
  kind: string;
  link: string;
  createdAt: string;
  read: boolean;
}

export function useNotifications() {
  return useQuery({
    queryKey: ['notifications'],
    queryFn: () => apiRequest<{ items: Notification[]; unread: number }>('GET', '/notifications'),
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<null>('POST', `/notifications/${id}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
