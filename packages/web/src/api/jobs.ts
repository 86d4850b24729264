import { useQuery } from '@tanstack/react-query';
import { api, dataOf, type ApiResponse } from './client';

export type BackgroundJob = ApiResponse<'/api/v1/jobs/{jobId}'>;

const finished = (job: BackgroundJob | undefined) => job?.status === 'succeeded' || job?.status === 'failed';

/** One background job, asked again every second until it has finished (issue 16: status and progress). */
export function useJob(jobId: string | null) {
  return useQuery({
    queryKey: ['job', jobId],
    enabled: jobId !== null,
    queryFn: () => dataOf(api.GET('/api/v1/jobs/{jobId}', { params: { path: { jobId: jobId ?? '' } } })),
    refetchInterval: (query) => (finished(query.state.data) ? false : 1000),
  });
}
