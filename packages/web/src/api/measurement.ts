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
}

export interface TrajectoryMeasurements {
  schedule: MeasurementOccasion[];
  administrations: AdministrationView[];
  progress: { chart: ProgressChart; alerts: MeasurementAlert[]; notices: MeasurementNotice[] }[];
}

export function useTrajectoryMeasurements(clientId: string, trajectoryId: string) {
  return useQuery({
    queryKey: ['measurements', trajectoryId],
    queryFn: () => apiRequest<TrajectoryMeasurements>('GET', `/clients/${clientId}/trajectories/${trajectoryId}/measurements`),
  });
}

export interface NewAdministrationBody {
  instrumentId: InstrumentId;
  occasionId: string;
  moment: string;
  sessionId: string | null;
  respondent: string;
  mode: 'digital' | 'paper';
  answers: Record<string, number>;
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
  form: {
    title: string;
    instructions: string;
    copyright: string;
    items: {
      id: string;
      answer: AnswerType | null;
      text: string | null;
      anchorLow: string | null;
      anchorHigh: string | null;
    }[];
  } | null;
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
