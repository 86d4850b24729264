import { INSTRUMENTS, type MeasurementOccasion } from '@meedoen/core';
import { Alert, Badge, Button, Card, Group, List, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  useAdminister,
  useTrajectoryMeasurements,
  type OccasionForm,
  type TrajectoryMeasurements as View,
} from '../../api/measurement';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { i18n } from '../../i18n/i18n';
import { InstrumentForm, type FillMode } from './InstrumentForm';
import { occasionAnchor } from './measurement-link';
import { ScoreChart } from './ScoreChart';

/** The label of one 10-cm line on the paper form: the published domain, never the licensed wording. */
function lineLabel(t: TFunction, itemId: string, index: number): string {
  const key = `measurementItem.${itemId}`;
  return i18n.exists(key) ? t(key) : t('measurement.line', { n: index + 1 });
}

/** A paper score: one number per line, 0-10 at 0.1, nothing filled in beforehand. */
function PaperScoreForm({
  occasion,
  clientId,
  trajectoryId,
  onDone,
}: {
  occasion: MeasurementOccasion;
  clientId: string;
  trajectoryId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const administer = useAdminister(clientId, trajectoryId);
  const items = INSTRUMENTS[occasion.instrumentId].items;
  const [values, setValues] = useState<Record<string, number | ''>>({});
  const complete = items.every((i) => typeof values[i.id] === 'number');
  return (
    <Stack gap="xs">
      <Group grow>
        {items.map((item, index) => (
          <NumberInput
            key={item.id}
            label={lineLabel(t, item.id, index)}
            min={0}
            max={10}
            step={0.1}
            decimalScale={1}
            decimalSeparator=","
            value={values[item.id] ?? ''}
            onChange={(v) => setValues({ ...values, [item.id]: typeof v === 'number' ? v : '' })}
          />
        ))}
      </Group>
      <ProblemAlert error={administer.error} />
      <Group>
        <Button
          disabled={!complete}
          loading={administer.isPending}
          onClick={() =>
            administer.mutate(
              {
                instrumentId: occasion.instrumentId,
                occasionId: occasion.occasionId,
                moment: occasion.moment,
                sessionId: occasion.sessionId,
                respondent: occasion.respondent,
                mode: 'paper',
                answers: values as Record<string, number>,
                vasInput: 'cm',
                administeredOn: occasion.date,
              },
              { onSuccess: onDone },
            )
          }
        >
          {t('measurement.savePaper')}
        </Button>
        <Button variant="subtle" onClick={onDone}>
          {t('measurement.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

const PAPER_FORM = new Set(['ors', 'srs', 'cors', 'csrs']);

const occasionKey = (o: Pick<MeasurementOccasion, 'instrumentId' | 'occasionId' | 'respondent'>) =>
  `${o.instrumentId}|${o.occasionId}|${o.respondent}`;

/** The ways a therapist may fill in this occasion today (only what the licence and the respondent allow). */
function fillModes(f: OccasionForm): FillMode[] {
  if (f.occasion.respondent === 'therapist') return f.onScreen || f.onPaper ? ['own'] : [];
  return [...(f.onScreen ? (['together'] as const) : []), ...(f.onPaper ? (['paper'] as const) : [])];
}

/** Due check-in questionnaires (MANSA, ZRM, WAV-12, GAS, ladder) with the ways to fill them in. */
function CheckInForms({
  clientId,
  trajectoryId,
  data,
  target,
}: {
  clientId: string;
  trajectoryId: string;
  data: View;
  /** The occasion a link asked for (`?instrument=…&occasion=…`): its form opens when there is one way to fill it in. */
  target: string | null;
}) {
  const { t, i18n } = useTranslation();
  const [filling, setFilling] = useState<{ key: string; mode: FillMode } | null>(null);
  const forms = data.forms.filter((f) => !PAPER_FORM.has(f.occasion.instrumentId) && f.occasion.status === 'due');
  useEffect(() => {
    const asked = forms.find((f) => occasionKey(f.occasion) === target);
    const modes = asked ? fillModes(asked) : [];
    // With one way to fill it in, the form opens; with several (together or on paper), the therapist chooses.
    if (target && modes.length === 1 && modes[0]) setFilling({ key: target, mode: modes[0] });
    // Only when a link asks for another occasion.
  }, [target]);
  if (forms.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={4} size="h5">
        {t('measurementForm.due')}
      </Title>
      {forms.map((f) => {
        const o = f.occasion;
        const key = occasionKey(o);
        return (
          <Card key={key} withBorder padding="sm" id={occasionAnchor(o)}>
            <Group gap="xs">
              <Text fw={600}>
                {t('measurement.occasion', {
                  instrument: f.abbreviation,
                  moment: t(`moment.${o.moment}`),
                  date: formatDate(o.date, i18n.language),
                })}
              </Text>
              <Badge color="gray.8" variant="outline">
                {t(`measurementForm.respondent.${o.respondent}`)}
              </Badge>
            </Group>
            {filling?.key === key ? (
              <InstrumentForm
                clientId={clientId}
                trajectoryId={trajectoryId}
                shown={f}
                mode={filling.mode}
                onDone={() => setFilling(null)}
              />
            ) : (
              <Group gap="xs" mt="xs">
                {fillModes(f).map((mode) => (
                  <Button key={mode} size="xs" variant="light" onClick={() => setFilling({ key, mode })}>
                    {t(`measurementForm.start.${mode}`, { instrument: f.abbreviation })}
                  </Button>
                ))}
              </Group>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}

/** What has been filled in outside the sessions: instrument, moment, date, score and how it was filled in. */
function CheckInResults({ data }: { data: View }) {
  const { t, i18n } = useTranslation();
  const done = data.administrations.filter((a) => a.sessionNumber === null);
  if (done.length === 0) return null;
  const how = (a: View['administrations'][number]) =>
    a.filledTogether ? 'together' : a.mode === 'paper' ? 'paper' : a.respondent === 'therapist' ? 'therapist' : 'self';
  return (
    <Stack gap={4}>
      <Title order={4} size="h5">
        {t('measurementForm.done')}
      </Title>
      <List size="sm">
        {done.map((a) => {
          const total = a.scores?.find((sc) => sc.scale === 'total')?.value;
          return (
            <List.Item key={a.id}>
              {t('measurementForm.result', {
                instrument: INSTRUMENTS[a.instrumentId].abbreviation,
                moment: t(`moment.${a.moment}`),
                date: formatDate(a.administeredOn, i18n.language),
                score:
                  total === undefined
                    ? t('measurementForm.noScore')
                    : total.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL'),
              })}{' '}
              <Badge size="sm" variant="outline" color={a.filledTogether ? 'teal.9' : 'gray.8'}>
                {t(`measurementForm.how.${how(a)}`)}
              </Badge>
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}

/** The charts of a trajectory (scores per session with cut-off and expected band), e.g. in the evaluation step. */
export function MeasurementCharts({ clientId, trajectoryId }: { clientId: string; trajectoryId: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useTrajectoryMeasurements(clientId, trajectoryId, i18n.language);
  if (!data || data.progress.length === 0) return null;
  return (
    <Stack gap="xs">
      {data.progress.map((p) => (
        <ScoreChart
          key={p.chart.instrumentId}
          chart={p.chart}
          title={t('measurement.chartTitle', { instrument: INSTRUMENTS[p.chart.instrumentId].abbreviation })}
          alertSessions={p.alerts.map((a) => a.session)}
        />
      ))}
      <CheckInResults data={data} />
    </Stack>
  );
}

/** Measurements of one trajectory: alerts, open ORS/SRS per session with paper entry, and a chart per instrument. */
export function TrajectoryMeasurements({
  clientId,
  trajectoryId,
  canWrite,
}: {
  clientId: string;
  trajectoryId: string;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const { data, error } = useTrajectoryMeasurements(clientId, trajectoryId, i18n.language);
  const [entering, setEntering] = useState<string | null>(null);
  const [params] = useSearchParams();
  const askedInstrument = params.get('instrument');
  const askedOccasion = params.get('occasion');
  const asked = data?.schedule.find(
    (o) => o.instrumentId === askedInstrument && o.occasionId === askedOccasion && (o.status === 'due' || o.status === 'missed'),
  );
  const target = asked ? occasionKey(asked) : null;
  const loaded = data !== undefined;
  useEffect(() => {
    if (!loaded) return;
    // Opened from an appointment's or the work list's "Meting" for one occasion: that questionnaire, empty. A paper
    // score (ORS, SRS) opens its entry form; a check-in opens in CheckInForms.
    if (asked && canWrite && PAPER_FORM.has(asked.instrumentId)) setEntering(occasionKey(asked));
    const anchor = asked ? document.getElementById(occasionAnchor(asked)) : null;
    if (anchor) anchor.scrollIntoView({ block: 'start' });
    else if (window.location.hash === '#metingen') document.getElementById('metingen')?.scrollIntoView({ block: 'start' });
    // Once the schedule is there, or when another occasion is asked.
  }, [loaded, target]);
  if (error) return <ProblemAlert error={error} />;
  if (!data) return null;
  const open = data.schedule
    // Due check-ins have their own card with the form (CheckInForms) when the therapist may write.
    .filter((o) => (o.status === 'due' && (PAPER_FORM.has(o.instrumentId) || !canWrite)) || o.status === 'missed')
    .slice(-6);
  const alerts = data.progress.flatMap((p) => p.alerts);
  return (
    <Card withBorder id="metingen">
      <Title order={3} size="h4" mb="xs">
        {t('measurement.title')}
      </Title>
      <Stack>
        {alerts.map((a) => (
          <Alert key={`${a.code}-${a.instrumentId}-${a.session}`} color="red" title={t(`alert.${a.code}`)}>
            {a[lang]}
          </Alert>
        ))}
        {data.schedule.length === 0 && <Text c="dimmed">{t('measurement.noneScheduled')}</Text>}
        {askedInstrument && askedOccasion && !asked && (
          <Alert color="blue" role="status">
            {t('measurement.askedNotOpen')}
          </Alert>
        )}
        {open.length > 0 && (
          <List spacing="xs">
            {open.map((o) => {
              const key = occasionKey(o);
              return (
                <List.Item key={key} id={occasionAnchor(o)}>
                  <Group gap="xs">
                    <Text>
                      {t('measurement.occasion', {
                        instrument: INSTRUMENTS[o.instrumentId].abbreviation,
                        moment: t(`moment.${o.moment}`),
                        date: formatDate(o.date, i18n.language),
                      })}
                    </Text>
                    <Badge color={o.status === 'due' ? 'orange.9' : 'gray.8'}>{t(`occasionStatus.${o.status}`)}</Badge>
                    {canWrite && PAPER_FORM.has(o.instrumentId) && entering !== key && (
                      <Button size="xs" variant="light" onClick={() => setEntering(key)}>
                        {t('measurement.enterPaper', { instrument: INSTRUMENTS[o.instrumentId].abbreviation })}
                      </Button>
                    )}
                  </Group>
                  {entering === key && (
                    <PaperScoreForm
                      occasion={o}
                      clientId={clientId}
                      trajectoryId={trajectoryId}
                      onDone={() => setEntering(null)}
                    />
                  )}
                </List.Item>
              );
            })}
          </List>
        )}
        {data.progress.map((p) => (
          <ScoreChart
            key={p.chart.instrumentId}
            chart={p.chart}
            title={t('measurement.chartTitle', { instrument: INSTRUMENTS[p.chart.instrumentId].abbreviation })}
            alertSessions={p.alerts.map((a) => a.session)}
          />
        ))}
        {canWrite && <CheckInForms clientId={clientId} trajectoryId={trajectoryId} data={data} target={target} />}
        <CheckInResults data={data} />
        {data.progress
          .flatMap((p) => p.notices)
          .map((n) => (
            <Text key={`${n.code}-${n.instrumentId}`} size="sm" c="dimmed">
              {n[lang]}
            </Text>
          ))}
      </Stack>
    </Card>
  );
}
