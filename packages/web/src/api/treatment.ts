import type { ClosingReport, Trajectory } from '@meedoen/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type ApiBody, type ApiQuery, type ApiResponse } from './client';
import type { components, paths } from './schema.gen';

const TRAJECTORY = '/api/v1/clients/{clientId}/trajectories/{trajectoryId}';

/** The parts of a trajectory the server's schema leaves to core (`Type.Unknown()` in trajectory-schemas.ts). */
type CoreParts =
  | 'referral'
  | 'parentalConsent'
  | 'acceptance'
  | 'diagnosticsReport'
  | 'indication'
  | 'goals'
  | 'plans'
  | 'evaluationAgreements'
  | 'naasten'
  | 'sessions'
  | 'evaluations'
  | 'closingNotes';

/** A trajectory as the server shows it: its schema, with the parts it leaves open typed by core's `Trajectory`. */
export type TrajectoryView = Omit<components['schemas']['Trajectory'], CoreParts> & Pick<Trajectory, CoreParts>;

const asView = (view: components['schemas']['Trajectory']) => view as TrajectoryView;

/** A step of a trajectory: a POST under the trajectory that answers with the trajectory (intake, goals, plan, …). */
export type TrajectoryStep = {
  [P in keyof paths]: P extends `${typeof TRAJECTORY}/${infer Step}`
    ? ApiResponse<P, 'post'> extends components['schemas']['Trajectory']
      ? Step
      : never
    : never;
}[keyof paths];

/** What a step sends. */
export type StepBody<S extends TrajectoryStep> = ApiBody<`${typeof TRAJECTORY}/${S}`, 'post'>;

export function useProfessionals(enabled = true) {
  return useQuery({
    queryKey: ['professionals'],
    enabled,
    queryFn: () => dataOf(api.GET('/api/v1/professionals')),
  });
}

export function useTrajectory(clientId: string, trajectoryId: string) {
  return useQuery({
    queryKey: ['trajectory', trajectoryId],
    queryFn: async () => asView(await dataOf(api.GET(TRAJECTORY, { params: { path: { clientId, trajectoryId } } }))),
  });
}

export type Referral = ApiBody<'/api/v1/clients/{clientId}/trajectories', 'post'>;

export function useRefer(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (referral: Referral) =>
      dataOf(api.POST('/api/v1/clients/{clientId}/trajectories', { params: { path: { clientId } }, body: referral })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['trajectories', clientId] }),
  });
}

/** One step with what it sends. */
export type StepRequest = { [S in TrajectoryStep]: { step: S; body: StepBody<S> } }[TrajectoryStep];

/** Take one step; the version seen goes along as If-Match, so a stale step gets 409. */
export function useStep(clientId: string, trajectoryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ step, body, version }: StepRequest & { version: number }) =>
      asView(
        await dataOf(
          api.POST(`${TRAJECTORY}/${step}` as `${typeof TRAJECTORY}/intake`, {
            params: { path: { clientId, trajectoryId }, header: { 'if-match': `"${version}"` } },
            // Each step's body is checked against its own route by StepRequest; the call itself cannot name the route.
            body: body as StepBody<'intake'>,
          }),
        ),
      ),
    onSuccess: (view) => queryClient.setQueryData(['trajectory', trajectoryId], view),
  });
}

export function useGroupSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/v1/group-sessions', 'post'>) => dataOf(api.POST('/api/v1/group-sessions', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['trajectory'] }),
  });
}

export function useClosingReport(clientId: string, trajectoryId: string, version: number) {
  return useQuery({
    queryKey: ['closing-report', trajectoryId, version],
    // The route's schema is open: the report is core's `ClosingReport` (closing-report.ts), built by the server from it.
    queryFn: async () =>
      (await dataOf(
        api.GET(`${TRAJECTORY}/closing-report`, { params: { path: { clientId, trajectoryId } } }),
      )) as unknown as ClosingReport,
  });
}

export type MdoItem = ApiResponse<'/api/v1/clients/{clientId}/mdo-items'>[number];

export function useMdoItems(clientId: string) {
  return useQuery({
    queryKey: ['mdo-items', clientId],
    queryFn: () => dataOf(api.GET('/api/v1/clients/{clientId}/mdo-items', { params: { path: { clientId } } })),
  });
}

export type MdoMeeting = ApiBody<'/api/v1/mdo-meetings', 'post'>;

export function useRecordMdo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (meeting: MdoMeeting) => dataOf(api.POST('/api/v1/mdo-meetings', { body: meeting })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['mdo-items'] }),
        queryClient.invalidateQueries({ queryKey: ['mdo-meetings'] }),
      ]),
  });
}

/** A meeting as the list across persons shows it: the decisions about people I may see, the others only counted. */
export type MdoMeetingView = ApiResponse<'/api/v1/mdo-meetings'>[number];

export function useMdoMeetings(from: string, until: string) {
  const query: ApiQuery<'/api/v1/mdo-meetings'> = { from, until };
  return useQuery({
    queryKey: ['mdo-meetings', from, until],
    queryFn: () => dataOf(api.GET('/api/v1/mdo-meetings', { params: { query } })),
  });
}
