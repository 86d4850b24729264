import { TRANSPORT_MODES, type AttendanceStatus, type TransportMode } from '@meedoen/core';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMyOccurrences, useRollCall, type Occurrence, type RollCall } from '../../api/daginvulling';
import { ProblemAlert } from '../../components/ProblemAlert';
import { addDays, mondayOf, todayIso } from '../../dates';
import { formatShortDate } from '../../i18n/format';
import { useRollCallQueue, type RollCallEntry } from './rollCallQueue';

/** The quick choices at the door: there, or one of the absence reasons (DOMAIN.md §4.6). */
const STATUSES: AttendanceStatus[] = ['aanwezig', 'afwezig_gemeld', 'ziek', 'afwezig_ongemeld'];
const PRESENT = new Set<AttendanceStatus>(['aanwezig', 'online']);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The roll call at the door, on a tablet upright or landscape: pick the occurrence, one tap per person saves. */
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
      <Group justify="space-between" wrap="wrap" gap="xs">
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
            // On a phone the whole line wraps instead of being cut off.
            h="auto"
            mih={42}
            py={6}
            maw="100%"
            styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
          >
            {formatShortDate(o.date, i18n.language)} · {o.groupName} · {o.starts}–{o.ends}
          </Button>
        ))}
      </Group>
      {active && <RollCallSheet key={active} occurrenceId={active} />}
    </Stack>
  );
}

type Participant = RollCall['participants'][number];

function RollCallSheet({ occurrenceId }: { occurrenceId: string }) {
  const { t } = useTranslation();
  const rollCall = useRollCall(occurrenceId);
  const queue = useRollCallQueue(occurrenceId);

  if (rollCall.isPending) return <Loader aria-label={t('app.loading')} />;
  if (rollCall.error) return <ProblemAlert error={rollCall.error} />;
  const participants = rollCall.data.participants;
  const shown = (p: Participant) => {
    const wanted = queue.wanted[p.clientId];
    return wanted
      ? {
          status: wanted.status,
          arrival: wanted.arrival ?? null,
          departure: wanted.departure ?? null,
          transport: wanted.transport ?? null,
        }
      : {
          status: p.record?.status ?? null,
          arrival: p.record?.arrival ?? null,
          departure: p.record?.departure ?? null,
          transport: p.record?.transport ?? null,
        };
  };
  const counts = Object.fromEntries(
    [null, ...STATUSES].map((s) => [String(s), participants.filter((p) => shown(p).status === s).length]),
  );
  const open = participants.filter((p) => shown(p).status === null);
  const nameOf = (id: string) => participants.find((p) => p.clientId === id)?.name ?? '';

  return (
    <Stack>
      <Group justify="space-between" align="center" wrap="wrap">
        <Text aria-live="polite">
          {t('rollCall.counts', {
            present: counts['aanwezig'],
            notified: counts['afwezig_gemeld'],
            sick: counts['ziek'],
            noShow: counts['afwezig_ongemeld'],
            open: counts['null'],
          })}
        </Text>
        <Button
          size="md"
          variant="light"
          disabled={open.length === 0}
          onClick={() => queue.put(open.map((p) => ({ clientId: p.clientId, status: 'aanwezig' })))}
        >
          {t('rollCall.everyonePresent')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('rollCall.tapHint')}
      </Text>
      <ConnectionState queue={queue} />
      {queue.refused && (
        <Stack gap={4}>
          <Text fw={600}>{t('rollCall.refused', { name: queue.refused.clientIds.map(nameOf).join(', ') })}</Text>
          <ProblemAlert error={queue.refused.error} />
        </Stack>
      )}
      {participants.length === 0 && <Text c="dimmed">{t('rollCall.nobody')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="xs">
        {participants.map((p) => (
          <PersonCard
            key={p.clientId}
            participant={p}
            shown={shown(p)}
            unsent={queue.unsent.includes(p.clientId)}
            onChoose={(entry) => queue.put([entry])}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function ConnectionState({ queue }: { queue: ReturnType<typeof useRollCallQueue> }) {
  const { t } = useTranslation();
  if (!queue.online)
    return (
      <Alert color="orange" role="status">
        {t('rollCall.offline')}
      </Alert>
    );
  if (queue.failures > 0 && queue.unsent.length > 0)
    return (
      <Alert color="orange" role="status">
        <Group justify="space-between" wrap="wrap">
          <Text size="sm">{t('rollCall.retrying', { count: queue.unsent.length })}</Text>
          <Button size="xs" variant="white" onClick={queue.retryNow}>
            {t('rollCall.retryNow')}
          </Button>
        </Group>
      </Alert>
    );
  if (queue.confirmed > 0 && queue.unsent.length === 0)
    return (
      <Text role="status" size="sm" c="teal.9">
        {t('rollCall.allSaved')}
      </Text>
    );
  return null;
}

interface Shown {
  status: AttendanceStatus | null;
  arrival: string | null;
  departure: string | null;
  transport: TransportMode | null;
}

function PersonCard({
  participant,
  shown,
  unsent,
  onChoose,
}: {
  participant: Participant;
  shown: Shown;
  unsent: boolean;
  onChoose: (entry: RollCallEntry) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [arrival, setArrival] = useState('');
  const [departure, setDeparture] = useState('');
  const nameId = `name-${participant.clientId}`;
  const present = shown.status !== null && PRESENT.has(shown.status);
  // What stays when the status is tapped again or times are corrected: the times, and how someone came (only
  // for someone who came to the place: 003 L1286-1288).
  const times = (status: AttendanceStatus) =>
    PRESENT.has(status) && present
      ? {
          ...(shown.arrival ? { arrival: shown.arrival } : {}),
          ...(shown.departure ? { departure: shown.departure } : {}),
          ...(status === 'aanwezig' && shown.transport ? { transport: shown.transport } : {}),
        }
      : {};
  const choose = (status: AttendanceStatus) => {
    // A second tap on what is already chosen sends nothing (and the server would not write it twice).
    if (status === shown.status) return;
    onChoose({ clientId: participant.clientId, status, ...times(status) });
  };
  const arrivalError = arrival && !TIME.test(arrival) ? t('rollCall.timeFormat') : null;
  const departureError =
    departure && !TIME.test(departure)
      ? t('rollCall.timeFormat')
      : arrival && departure && TIME.test(arrival) && TIME.test(departure) && departure < arrival
        ? t('rollCall.departureBeforeArrival')
        : null;

  return (
    <Card withBorder padding="xs" role="group" aria-labelledby={nameId}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text fw={600} id={nameId}>
          {participant.name}
        </Text>
        {unsent ? (
          <Badge color="orange" variant="light">
            {t('rollCall.pending')}
          </Badge>
        ) : null}
      </Group>
      <SimpleGrid type="container" cols={{ base: 2, '520px': 4 }} spacing={6} mt={6}>
        {STATUSES.map((status) => (
          <Button
            key={status}
            size="md"
            px={6}
            variant={shown.status === status ? 'filled' : 'default'}
            aria-pressed={shown.status === status}
            onClick={() => choose(status)}
          >
            {t(`attendance.${status}`)}
          </Button>
        ))}
      </SimpleGrid>
      {present && !editing && (
        <Group justify="space-between" mt={6} gap="xs">
          <Text size="sm">
            {t('rollCall.arrival')} {shown.arrival ?? '–'} · {t('rollCall.departure')} {shown.departure ?? '–'}
          </Text>
          <Button
            size="compact-sm"
            variant="subtle"
            aria-label={`${t('rollCall.times')}: ${participant.name}`}
            onClick={() => {
              setArrival(shown.arrival ?? '');
              setDeparture(shown.departure ?? '');
              setEditing(true);
            }}
          >
            {t('rollCall.times')}
          </Button>
        </Group>
      )}
      {shown.status === 'aanwezig' && (
        <NativeSelect
          mt={6}
          size="md"
          label={t('rollCall.transport')}
          aria-label={`${t('rollCall.transport')}: ${participant.name}`}
          // Nothing is chosen for the supervisor: "not recorded" until someone picks how the person came.
          data={[
            { value: '', label: t('rollCall.transport.none') },
            ...TRANSPORT_MODES.map((mode) => ({ value: mode, label: t(`rollCall.transport.${mode}`) })),
          ]}
          value={shown.transport ?? ''}
          onChange={(e) => {
            const mode = e.currentTarget.value as TransportMode | '';
            onChoose({
              clientId: participant.clientId,
              status: 'aanwezig',
              ...(shown.arrival ? { arrival: shown.arrival } : {}),
              ...(shown.departure ? { departure: shown.departure } : {}),
              ...(mode ? { transport: mode } : {}),
            });
          }}
        />
      )}
      {present && editing && (
        <Group align="flex-end" mt={6} gap="xs" wrap="wrap">
          <TextInput
            label={t('rollCall.arrival')}
            placeholder="uu:mm"
            inputMode="numeric"
            w={90}
            value={arrival}
            error={arrivalError}
            onChange={(e) => setArrival(e.currentTarget.value)}
          />
          <TextInput
            label={t('rollCall.departure')}
            placeholder="uu:mm"
            inputMode="numeric"
            w={90}
            value={departure}
            error={departureError}
            onChange={(e) => setDeparture(e.currentTarget.value)}
          />
          <Button
            size="sm"
            disabled={!!arrivalError || !!departureError || (!arrival && !departure)}
            onClick={() => {
              onChoose({
                clientId: participant.clientId,
                status: shown.status ?? 'aanwezig',
                ...(arrival ? { arrival } : {}),
                ...(departure ? { departure } : {}),
                ...(shown.status === 'aanwezig' && shown.transport ? { transport: shown.transport } : {}),
              });
              setEditing(false);
            }}
          >
            {t('rollCall.saveTimes')}
          </Button>
        </Group>
      )}
    </Card>
  );
}
