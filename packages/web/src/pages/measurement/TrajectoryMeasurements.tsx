import { INSTRUMENTS, type MeasurementOccasion } from '@meedoen/core';
import { Alert, Badge, Button, Card, Group, List, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useAdminister, useTrajectoryMeasurements } from '../../api/measurement';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { i18n } from '../../i18n/i18n';
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
  const { data, error } = useTrajectoryMeasurements(clientId, trajectoryId);
  const [entering, setEntering] = useState<string | null>(null);
  if (error) return <ProblemAlert error={error} />;
  if (!data) return null;
  const open = data.schedule.filter((o) => o.status === 'due' || o.status === 'missed').slice(-6);
  const alerts = data.progress.flatMap((p) => p.alerts);
  return (
    <Card withBorder>
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
        {open.length > 0 && (
          <List spacing="xs">
            {open.map((o) => {
              const key = `${o.instrumentId}|${o.occasionId}|${o.respondent}`;
              return (
                <List.Item key={key}>
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
