import type {
  AnswerType,
  InstrumentId,
  MeasurementAlert,
  MeasurementNotice,
  MeasurementOccasion,
  ProgressChart,
} from '@meedoen/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

export interface AdministrationView {
  id: string;
  administrationId: string;
  version: number;
  instrumentId: InstrumentId;
  occasionId: string;
  sessionNumber: number | null;
  mode: 'digital' | 'paper';
  answers: Record<string, number | boolean> | null;
  scores: { scale: string; value: number }[] | null;
  administeredOn: string;
  recordedByName: string | null;
  correctionReason: string | null;
  moment: string;
  respondent: 'client' | 'parent' | 'therapist';
  /** The therapist filled it in on screen together with the client ("samen invullen"). */
  filledTogether: boolean;
}

/** The form of a due occasion: items with answer type, shipped labels and (on screen) the loaded wording. */
export interface OccasionForm {
  occasion: MeasurementOccasion;
  abbreviation: string;
  onScreen: boolean;
  onPaper: boolean;
  form: {
    title: string;
    instructions: string;
    copyright: string;
    items: {
      id: string;
      answer: AnswerType | null;
      label: string | null;
      text: string | null;
      anchorLow: string | null;
      anchorHigh: string | null;
      options: Record<string, string> | null;
    }[];
  };
}

export interface TrajectoryMeasurements {
  schedule: MeasurementOccasion[];
  administrations: AdministrationView[];
  progress: { chart: ProgressChart; alerts: MeasurementAlert[]; notices: MeasurementNotice[] }[];
  forms: OccasionForm[];
}

export function useTrajectoryMeasurements(clientId: string, trajectoryId: string, lang = 'nl') {
  const l = lang === 'en' ? 'en' : 'nl';
  return useQuery({
    queryKey: ['measurements', trajectoryId, l],
    queryFn: () =>
      apiRequest<TrajectoryMeasurements>('GET', `/clients/${clientId}/trajectories/${trajectoryId}/measurements?lang=${l}`),
  });
}

export interface NewAdministrationBody {
  instrumentId: InstrumentId;
  occasionId: string;
  moment: string;
  sessionId: string | null;
  respondent: string;
  mode: 'digital' | 'paper';
  answers: Record<string, number | boolean>;
  vasInput: 'cm' | 'slider_0_100';
  administeredOn?: string;
}

export function useAdminister(clientId: string, trajectoryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAdministrationBody) =>
      apiRequest<AdministrationView>('POST', `/clients/${clientId}/trajectories/${trajectoryId}/measurements`, body),
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
    queryFn: () => apiRequest<{ items: WorklistItem[] }>('GET', '/worklist/measurements'),
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
    queryFn: () =>
      apiRequest<{ open: OpenQuestionnaire[]; progress: MyProgress[] }>(
        'GET',
        `/clients/${clientId ?? ''}/measurements/open?lang=${lang === 'en' ? 'en' : 'nl'}`,
      ),
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
  licenceWarnings: { instrumentId: InstrumentId; validUntil: string; daysLeft: number; status: 'ending' | 'expired' }[];
}

export function useInstruments() {
  return useQuery({ queryKey: ['instruments'], queryFn: () => apiRequest<InstrumentsView>('GET', '/instruments') });
}

function useInstrumentWrite<T>(fn: (body: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['instruments'] }) });
}

export const useRecordLicence = () =>
  useInstrumentWrite((body: object) => apiRequest('POST', '/organisation/instrument-licences', body));
export const useLoadContent = () =>
  useInstrumentWrite((body: unknown) => apiRequest('POST', '/organisation/instrument-contents', body));
export const useSetupInstrument = () =>
  useInstrumentWrite(
    ({
      id,
      version,
      ...body
    }: {
      id: InstrumentId;
      version: number;
      enabled: boolean;
      licenceId: string | null;
      contentId: string | null;
    }) => apiRequest('PUT', `/organisation/instruments/${id}`, body, { 'if-match': `"${version}"` }),
  );

export interface OutcomeCellView {
  group: string;
  instrumentId: InstrumentId;
  suppressed: boolean;
  persons: number | null;
  reliableImprovementShare: number | null;
  reliableDeteriorationShare: number | null;
  meanChange: number | null;
}

export function useOutcomes(by: 'discipline' | 'therapist') {
  return useQuery({
    queryKey: ['outcomes', by],
    queryFn: () =>
      apiRequest<{ cells: OutcomeCellView[]; totals: OutcomeCellView[]; minCellSize: number; names: Record<string, string> }>(
        'GET',
        `/organisation/outcomes?by=${by}`,
      ),
  });
}

export interface MeasurementSettingsView {
  overrides: Record<string, unknown>;
  effective: {
    ages: { childFrom: number; youthFrom: number };
    earlyAllianceSession: number;
    offTrack: {
      lowerPercentile: number;
      upperPercentile: number;
      noImprovementAfterSessions: number;
      srsItemBelow: number | null;
    };
    reference: { minPersons: number };
    outcomeView: { minCellSize: number };
    licenceWarningDays: number;
  };
  version: number;
}

export function useMeasurementSettings() {
  return useQuery({
    queryKey: ['measurement-settings'],
    queryFn: () => apiRequest<MeasurementSettingsView>('GET', '/organisation/measurement-settings'),
  });
}

export function useSaveMeasurementSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: Record<string, unknown> }) =>
      apiRequest('PUT', '/organisation/measurement-settings', body, { 'if-match': `"${version}"` }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['measurement-settings'] });
      void queryClient.invalidateQueries({ queryKey: ['outcomes'] });
      void queryClient.invalidateQueries({ queryKey: ['instruments'] });
    },
  });
}
