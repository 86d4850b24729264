import { INSTRUMENTS } from '@meedoen/core';
import { Alert, Anchor, Badge, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMeasurementWorklist } from '../../api/measurement';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { measurementLink } from './measurement-link';

/** On the therapist's start page: per client the measurements open now and the alerts (off track, alliance). */
export function MeasurementWorklistCard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const worklist = useMeasurementWorklist(true);
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        {t('today.measurements')}
      </Title>
      {worklist.isPending ? <Loader size="sm" aria-label={t('app.loading')} /> : <ProblemAlert error={worklist.error} />}
      {worklist.data?.items.length === 0 && <Text c="dimmed">{t('today.noMeasurements')}</Text>}
      <List spacing="sm">
        {worklist.data?.items.map((item) => (
          <List.Item key={item.trajectoryId}>
            <Stack gap={4}>
              <Group gap="xs">
                <Anchor component={Link} to={`/clienten/${item.clientId}/behandeling/${item.trajectoryId}`}>
                  {item.clientName}
                </Anchor>
                {item.due.length > 0 && (
                  <Badge color="orange.9">
                    {t('today.measurementDue', { count: item.due.length })}:{' '}
                    {[...new Set(item.due.map((d) => INSTRUMENTS[d.instrumentId].abbreviation))].join(', ')}
                  </Badge>
                )}
              </Group>
              {item.due.length > 0 && (
                <Group gap="xs">
                  {item.due.map((d) => (
                    // One click opens the questionnaire of this occasion, empty (measurement-link.ts).
                    <Anchor
                      key={`${d.instrumentId}|${d.occasionId}|${d.respondent}`}
                      component={Link}
                      to={measurementLink(item.clientId, item.trajectoryId, d)}
                      size="sm"
                    >
                      {t('today.openMeasurement', {
                        instrument: INSTRUMENTS[d.instrumentId].abbreviation,
                        date: formatDate(d.date, i18n.language),
                      })}
                    </Anchor>
                  ))}
                </Group>
              )}
              {item.alerts.map((a) => (
                <Alert key={`${a.code}-${a.instrumentId}`} color="red" p="xs" title={t(`alert.${a.code}`)}>
                  {a[lang]}
                </Alert>
              ))}
            </Stack>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
