import type { AttendanceStatus } from '@meedoen/core';
import { Alert, Button, Card, Group, Loader, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMyOccurrences, useRollCall, useSaveRollCall, type Occurrence } from '../../api/daginvulling';
import { ProblemAlert } from '../../components/ProblemAlert';
import { addDays, mondayOf, todayIso } from '../../dates';
import { formatShortDate } from '../../i18n/format';

const STATUSES: AttendanceStatus[] = ['aanwezig', 'afwezig_gemeld', 'ziek', 'afwezig_ongemeld'];

/** The roll call at the door: pick the occurrence, one tap per person, save the whole group at once. */
export function RollCallPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? todayIso();
  const monday = mondayOf(date);
  const occurrences = useMyOccurrences(monday, addDays(monday, 6));
  const [selected, setSelected] = useState<string | null>(params.get('occurrence'));
  const active = selected ?? occurrences.data?.find((o) => o.date === date)?.id ?? null;

  return (
    <Stack>
      <Title order={2}>{t('rollCall.title')}</Title>
      <Group justify="space-between">
        <Button variant="default" onClick={() => setParams({ date: addDays(monday, -7) })}>
          {t('rollCall.previousWeek')}
        </Button>
        <Text fw={600}>
          {t('rollCall.week', {
            from: formatShortDate(monday, i18n.language),
            until: formatShortDate(addDays(monday, 6), i18n.language),
          })}
        </Text>
        <Button variant="default" onClick={() => setParams({ date: addDays(monday, 7) })}>
          {t('rollCall.nextWeek')}
        </Button>
      </Group>
      {occurrences.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={occurrences.error} />
      {occurrences.data && occurrences.data.length === 0 && <Text c="dimmed">{t('rollCall.noOccurrences')}</Text>}
      <Group gap="xs" role="group" aria-label={t('rollCall.occurrences')}>
        {occurrences.data?.map((o: Occurrence) => (
          <Button
            key={o.id}
            size="md"
            variant={o.id === active ? 'filled' : 'light'}
            onClick={() => setSelected(o.id)}
            aria-pressed={o.id === active}
          >
            {formatShortDate(o.date, i18n.language)} · {o.groupName} · {o.starts}–{o.ends}
          </Button>
        ))}
      </Group>
      {active && <RollCallSheet key={active} occurrenceId={active} />}
    </Stack>
  );
}

function RollCallSheet({ occurrenceId }: { occurrenceId: string }) {
  const { t } = useTranslation();
  const rollCall = useRollCall(occurrenceId);
  const save = useSaveRollCall(occurrenceId);
  const [statuses, setStatuses] = useState<Record<string, AttendanceStatus | ''>>({});

  useEffect(() => {
    if (rollCall.data)
      setStatuses(Object.fromEntries(rollCall.data.participants.map((p) => [p.clientId, p.record?.status ?? ''])));
  }, [rollCall.data]);

  if (rollCall.isPending) return <Loader aria-label={t('app.loading')} />;
  if (rollCall.error) return <ProblemAlert error={rollCall.error} />;
  const participants = rollCall.data.participants;
  const counts = Object.fromEntries(
    ['', ...STATUSES].map((s) => [s, participants.filter((p) => (statuses[p.clientId] ?? '') === s).length]),
  );
  const filled = participants.filter((p) => statuses[p.clientId]);

  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Text aria-live="polite">
          {t('rollCall.counts', {
            present: counts['aanwezig'],
            notified: counts['afwezig_gemeld'],
            sick: counts['ziek'],
            noShow: counts['afwezig_ongemeld'],
            open: counts[''],
          })}
        </Text>
        <Group>
          <Button
            size="md"
            variant="light"
            onClick={() =>
              setStatuses((s) => Object.fromEntries(participants.map((p) => [p.clientId, s[p.clientId] || 'aanwezig'])))
            }
          >
            {t('rollCall.everyonePresent')}
          </Button>
          <Button
            size="md"
            loading={save.isPending}
            disabled={filled.length === 0}
            onClick={() =>
              save.mutate(filled.map((p) => ({ clientId: p.clientId, status: statuses[p.clientId] as AttendanceStatus })))
            }
          >
            {t('rollCall.save')}
          </Button>
        </Group>
      </Group>
      <ProblemAlert error={save.error} />
      {save.isSuccess && (
        <Alert color="teal" role="status">
          {t('rollCall.saved', { count: save.data.recorded })}
        </Alert>
      )}
      {participants.length === 0 && <Text c="dimmed">{t('rollCall.nobody')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="xs">
        {participants.map((p) => (
          <Card key={p.clientId} withBorder padding="xs">
            <Text fw={600} id={`name-${p.clientId}`}>
              {p.name}
            </Text>
            <SegmentedControl
              fullWidth
              size="md"
              aria-labelledby={`name-${p.clientId}`}
              value={statuses[p.clientId] ?? ''}
              onChange={(value) => setStatuses((s) => ({ ...s, [p.clientId]: value as AttendanceStatus }))}
              data={STATUSES.map((status) => ({ value: status, label: t(`attendance.${status}`) }))}
            />
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
