import type {
  InstrumentId,
  LicenceExpiryWarning,
  MeasurementAlert,
  MeasurementNotice,
  MeasurementOccasion,
  MeasurementSettings,
  OutcomeCell,
  ProgressChart,
} from '@meedoen/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type ApiBody, type ApiResponse } from './client';

/*
 * Calls, parameters and bodies are typed by the generated `paths`. Most measurement answers have open schemas on
 * the server (`OpenObject` in measurement-schemas.ts): where the shape is core's (occasions, charts, alerts,
 * settings, outcome cells, licence warnings) the type comes from @meedoen/core. Administrations, schedules and forms
 * come from the schema; the instrument rows, the work list and the portal's lists are still written out here until
 * the server's schemas name them (issue 14, left open).
 */
const MEASUREMENTS = '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/measurements';

/** One version of an administration, as the server's schema lists it. */
export type AdministrationView = ApiResponse<typeof MEASUREMENTS>['administrations'][number];

/** The form of a due occasion: items with answer type, shipped labels and (on screen) the loaded wording. */
export type OccasionForm = ApiResponse<typeof MEASUREMENTS>['forms'][number];

/** Schedule, administrations and forms from the schema; the progress (left open there) is core's charts and alerts. */
export type TrajectoryMeasurements = Omit<ApiResponse<typeof MEASUREMENTS>, 'progress'> & {
  progress: { chart: ProgressChart; alerts: MeasurementAlert[]; notices: MeasurementNotice[] }[];
};

export function useTrajectoryMeasurements(clientId: string, trajectoryId: string, lang = 'nl') {
  const l = lang === 'en' ? 'en' : 'nl';
  return useQuery({
    queryKey: ['measurements', trajectoryId, l],
    queryFn: async () =>
      (await dataOf(
        api.GET(MEASUREMENTS, { params: { path: { clientId, trajectoryId }, query: { lang: l } } }),
      )) as unknown as TrajectoryMeasurements,
  });
}

export type NewAdministrationBody = ApiBody<typeof MEASUREMENTS, 'post'>;

export function useAdminister(clientId: string, trajectoryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAdministrationBody) =>
      dataOf(api.POST(MEASUREMENTS, { params: { path: { clientId, trajectoryId } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['measurements', trajectoryId] });
      void queryClient.invalidateQueries({ queryKey: ['open-measurements', clientId] });
      void queryClient.invalidateQueries({ queryKey: ['worklist-measurements'] });
    },
  });
}

export interface WorklistItem {
  trajectoryId: string;
  clientId: string;
  clientName: string;
  due: MeasurementOccasion[];
  alerts: Omit<MeasurementAlert, 'items'>[];
}

export function useMeasurementWorklist(enabled: boolean) {
  return useQuery({
    queryKey: ['worklist-measurements'],
    enabled,
    queryFn: async () => (await dataOf(api.GET('/api/v1/worklist/measurements'))) as unknown as { items: WorklistItem[] },
  });
}

export interface OpenQuestionnaire {
  trajectoryId: string;
  discipline: string;
  occasion: MeasurementOccasion;
  abbreviation: string;
  onScreen: boolean;
  form: OccasionForm['form'] | null;
}

export interface MyProgress {
  trajectoryId: string;
  instrumentId: InstrumentId;
  abbreviation: string;
  range: { min: number; max: number };
  points: { session: number; date: string; total: number }[];
  words: string;
}

export function useOpenMeasurements(clientId: string | null, lang: string) {
  return useQuery({
    queryKey: ['open-measurements', clientId, lang],
    enabled: clientId !== null,
    queryFn: async () =>
      (await dataOf(
        api.GET('/api/v1/clients/{clientId}/measurements/open', {
          params: { path: { clientId: clientId ?? '' }, query: { lang: lang === 'en' ? 'en' : 'nl' } },
        }),
      )) as unknown as { open: OpenQuestionnaire[]; progress: MyProgress[] },
  });
}

export interface InstrumentRow {
  id: InstrumentId;
  abbreviation: string;
  name: { nl: string; en: string };
  licence: { status: 'open' | 'licensed'; note: string; holder: string };
  content: 'none' | 'wording' | 'wording_and_key';
  setup: {
    enabled: boolean;
    licenceId: string | null;
    contentId: string | null;
    version: number;
    licenceValidUntil: string | null;
    digitalUse: boolean | null;
    contentEdition: string | null;
  } | null;
  usable: { paper: string[]; digital: string[] };
}

export interface InstrumentsView {
  instruments: InstrumentRow[];
  licences: {
    id: string;
    instrumentId: InstrumentId;
    holder: string;
    reference: string;
    validFrom: string;
    validUntil: string | null;
    digitalUse: boolean;
  }[];
  contents: { id: string; instrumentId: InstrumentId; edition: string }[];
  /** Enabled instruments whose licence ends within the configured days, or has ended (beheerder only). */
  licenceWarnings: LicenceExpiryWarning[];
}

export function useInstruments() {
  return useQuery({
    queryKey: ['instruments'],
    queryFn: async () => (await dataOf(api.GET('/api/v1/instruments'))) as unknown as InstrumentsView,
  });
}

function useInstrumentWrite<T>(fn: (body: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['instruments'] }) });
}

export const useRecordLicence = () =>
  useInstrumentWrite((body: ApiBody<'/api/v1/organisation/instrument-licences', 'post'>) =>
    dataOf(api.POST('/api/v1/organisation/instrument-licences', { body })),
  );
/** Licensed wording and scoring key as an organisation loads them. */
export type ContentBody = ApiBody<'/api/v1/organisation/instrument-contents', 'post'>;

export const useLoadContent = () =>
  useInstrumentWrite((body: ContentBody) => dataOf(api.POST('/api/v1/organisation/instrument-contents', { body })));
export const useSetupInstrument = () =>
  useInstrumentWrite(
    ({
      id,
      version,
      ...body
    }: { id: InstrumentId; version: number } & ApiBody<'/api/v1/organisation/instruments/{instrumentId}', 'put'>) =>
      dataOf(
        api.PUT('/api/v1/organisation/instruments/{instrumentId}', {
          params: { path: { instrumentId: id }, header: { 'if-match': `"${version}"` } },
          body,
        }),
      ),
  );

/** The outcome view; its cells are core's `OutcomeCell` (the route's schema leaves them open). */
export type OutcomeCellView = OutcomeCell;

export type OutcomesView = Omit<ApiResponse<'/api/v1/organisation/outcomes'>, 'cells' | 'totals'> & {
  cells: OutcomeCell[];
  totals: OutcomeCell[];
};

export function useOutcomes(by: 'discipline' | 'therapist') {
  return useQuery({
    queryKey: ['outcomes', by],
    queryFn: async () =>
      (await dataOf(api.GET('/api/v1/organisation/outcomes', { params: { query: { by } } }))) as unknown as OutcomesView,
  });
}

/** The settings with the version to send back; `effective` is core's `MeasurementSettings` (the schema leaves it open). */
export type MeasurementSettingsView = Omit<ApiResponse<'/api/v1/organisation/measurement-settings'>, 'effective'> & {
  effective: MeasurementSettings;
};

export function useMeasurementSettings() {
  return useQuery({
    queryKey: ['measurement-settings'],
    queryFn: async () =>
      (await dataOf(api.GET('/api/v1/organisation/measurement-settings'))) as unknown as MeasurementSettingsView,
  });
}

export function useSaveMeasurementSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: ApiBody<'/api/v1/organisation/measurement-settings', 'put'> }) =>
      dataOf(api.PUT('/api/v1/organisation/measurement-settings', { params: { header: { 'if-match': `"${version}"` } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['measurement-settings'] });
      void queryClient.invalidateQueries({ queryKey: ['outcomes'] });
      void queryClient.invalidateQueries({ queryKey: ['instruments'] });
    },
  });
}
