import { APPOINTMENT_KINDS, type AppointmentKind } from '@meedoen/core';
import { Alert, Button, Card, CloseButton, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateSeries, useRooms, type SeriesInput } from '../../api/agenda';
import { useClients, useTrajectories } from '../../api/clients';
import { useGroups } from '../../api/daginvulling';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../components/field-errors';
import { formatDate } from '../../i18n/format';
import { DateField } from '../../components/DateField';

/** States in which a trajectory still has sessions to plan (the rest are closed or not accepted). */
const CLOSED = new Set(['niet_geaccepteerd', 'diagnostiek_afgerond', 'afgesloten', 'overgedragen', 'doorverwezen']);

const REPEATS = ['geen', 'wekelijks', 'tweewekelijks', 'dagelijks', 'maandelijks'] as const;
type Repeat = (typeof REPEATS)[number];

function recurrenceOf(repeat: Repeat, until: string): SeriesInput['recurrence'] {
  if (repeat === 'geen') return null;
  const frequency = repeat === 'tweewekelijks' ? 'wekelijks' : repeat;
  return { frequency, interval: repeat === 'tweewekelijks' ? 2 : 1, weekdays: [], until: until || null, count: null };
}

/**
 * A new appointment or series: kind, who, where, when, how often, until when, and the dates it does not
 * take place (holidays), and whom it is with: a client found among those the planner may see, and — for whoever
 * may read the treatment — the trajectory it belongs to. Nothing is chosen in advance except the caller as the
 * professional.
 */
export function SeriesForm({
  me,
  professionals,
  onSaved,
}: {
  me: string;
  professionals: { id: string; displayName: string }[] | null;
  onSaved: (date: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const rooms = useRooms();
  const groups = useGroups(false);
  const create = useCreateSeries();
  const [kind, setKind] = useState<AppointmentKind | null>(null);
  const [professionalId, setProfessionalId] = useState(me);
  const [roomId, setRoomId] = useState<string | null>(null);
  const [groupId, setGroupId] = useState<string | null>(null);
  const [clientSearch, setClientSearch] = useState('');
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const clientId = chosen?.value ?? null;
  const [trajectoryId, setTrajectoryId] = useState<string | null>(null);
  // The chosen client's label in the search box is no search: the list stays as it was.
  const searching = clientSearch.length >= 2 && clientSearch !== chosen?.label;
  const clients = useClients(searching ? clientSearch : '');
  const clientOptions = (clients.data?.items ?? []).map((c) => ({
    value: c.id,
    label: `${c.givenName} ${c.familyName} (${formatDate(c.birthDate, i18n.language)})`,
  }));
  // Only who may read the treatment gets an answer; a planner links the client alone (no health data).
  const trajectories = useTrajectories(clientId ?? '', clientId !== null);
  const running = (trajectories.data ?? []).filter((tr) => !CLOSED.has(tr.state));
  const [address, setAddress] = useState('');
  const [onlineUrl, setOnlineUrl] = useState('');
  const [startDate, setStartDate] = useState('');
  const [startTime, setStartTime] = useState('');
  const [endTime, setEndTime] = useState('');
  const [repeat, setRepeat] = useState<Repeat | null>(null);
  const [until, setUntil] = useState('');
  const [skipDate, setSkipDate] = useState('');
  const [skipDates, setSkipDates] = useState<string[]>([]);
  const [skipReason, setSkipReason] = useState('');
  const err = (path: string) => fieldError(create.error, path, t);
  // After a save the form starts empty again: the next appointment's choices are not the last one's (issue 14).
  const clear = () => {
    setKind(null);
    setProfessionalId(me);
    setRoomId(null);
    setGroupId(null);
    setClientSearch('');
    setChosen(null);
    setTrajectoryId(null);
    setAddress('');
    setOnlineUrl('');
    setStartDate('');
    setStartTime('');
    setEndTime('');
    setRepeat(null);
    setUntil('');
    setSkipDate('');
    setSkipDates([]);
    setSkipReason('');
  };

  const submit = () => {
    if (!kind || !repeat) return;
    create.mutate(
      {
        kind,
        professionalId,
        roomId,
        clientId,
        trajectoryId: clientId ? trajectoryId : null,
        groupId,
        address: kind === 'huisbezoek' ? address : null,
        onlineUrl: kind === 'online' ? onlineUrl : null,
        startDate,
        startTime,
        endTime,
        recurrence: recurrenceOf(repeat, until),
        exceptions: skipDates.map((date) => ({ date, kind: 'cancelled', reason: skipReason })),
      },
      {
        onSuccess: () => {
          onSaved(startDate);
          clear();
        },
      },
    );
  };

  return (
    <Card withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Title order={3}>{t('agenda.newSeries')}</Title>
          <Select
            label={t('agenda.kind')}
            placeholder={t('agenda.choose')}
            required
            data={APPOINTMENT_KINDS.map((k) => ({ value: k, label: t(`agenda.kind.${k}`) }))}
            value={kind}
            onChange={(v) => setKind(v as AppointmentKind | null)}
          />
          {professionals && (
            <Select
              label={t('agenda.professional')}
              required
              data={professionals.map((p) => ({ value: p.id, label: p.displayName }))}
              value={professionalId}
              onChange={(v) => setProfessionalId(v ?? me)}
              error={err('/professionalId')}
            />
          )}
          <Group grow wrap="wrap" align="flex-start">
            <Select
              label={t('agenda.client')}
              placeholder={t('agenda.clientSearch')}
              searchable
              clearable
              nothingFoundMessage={t('agenda.noClient')}
              filter={({ options }) => options}
              searchValue={clientSearch}
              onSearchChange={setClientSearch}
              data={[...(chosen ? [chosen] : []), ...clientOptions.filter((o) => o.value !== chosen?.value)]}
              value={clientId}
              onChange={(v, option) => {
                setChosen(v && option ? { value: v, label: option.label } : null);
                setTrajectoryId(null);
              }}
              error={err('/clientId')}
            />
            {clientId && running.length > 0 && (
              <Select
                label={t('agenda.trajectory')}
                description={t('agenda.trajectoryHelp')}
                placeholder={t('agenda.choose')}
                clearable
                data={running.map((tr) => ({
                  value: tr.id,
                  label: `${t(`discipline.${tr.discipline}`)} · ${tr.therapistName}`,
                }))}
                value={trajectoryId}
                onChange={setTrajectoryId}
                error={err('/trajectoryId')}
              />
            )}
          </Group>
          <Group grow wrap="wrap" align="flex-start">
            <Select
              label={t('agenda.roomField')}
              placeholder={t('agenda.noRoom')}
              clearable
              data={(rooms.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
              value={roomId}
              onChange={setRoomId}
              error={err('/roomId')}
            />
            <Select
              label={t('agenda.groupField')}
              placeholder={t('agenda.noGroup')}
              clearable
              data={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
              value={groupId}
              onChange={setGroupId}
            />
          </Group>
          {kind === 'huisbezoek' && (
            <TextInput
              label={t('agenda.address')}
              required
              value={address}
              onChange={(e) => setAddress(e.currentTarget.value)}
              error={err('/address')}
            />
          )}
          {kind === 'online' && (
            <TextInput
              label={t('agenda.onlineUrl')}
              required
              type="url"
              value={onlineUrl}
              onChange={(e) => setOnlineUrl(e.currentTarget.value)}
              error={err('/onlineUrl')}
            />
          )}
          <Group grow wrap="wrap" align="flex-start">
            <DateField
              label={t('agenda.date')}
              required
              value={startDate}
              onChange={(v) => setStartDate(v)}
              error={err('/startDate')}
            />
            <TextInput
              type="time"
              label={t('agenda.starts')}
              required
              value={startTime}
              onChange={(e) => setStartTime(e.currentTarget.value)}
            />
            <TextInput
              type="time"
              label={t('agenda.ends')}
              required
              value={endTime}
              onChange={(e) => setEndTime(e.currentTarget.value)}
              error={err('/endTime')}
            />
          </Group>
          <Group grow wrap="wrap" align="flex-start">
            <Select
              label={t('agenda.repeat')}
              placeholder={t('agenda.choose')}
              required
              data={REPEATS.map((r) => ({ value: r, label: t(`agenda.repeat.${r}`) }))}
              value={repeat}
              onChange={(v) => setRepeat(v as Repeat | null)}
            />
            {repeat && repeat !== 'geen' && (
              <DateField
                label={t('agenda.until')}
                required
                value={until}
                onChange={(v) => setUntil(v)}
                error={err('/recurrence')}
              />
            )}
          </Group>
          {repeat && repeat !== 'geen' && (
            <Stack gap="xs">
              <Group align="flex-end" wrap="wrap">
                <DateField
                  label={t('agenda.skipDates')}
                  value={skipDate}
                  onChange={(v) => setSkipDate(v)}
                  error={err('/exceptions')}
                />
                <Button
                  variant="default"
                  onClick={() => {
                    if (skipDate && !skipDates.includes(skipDate)) setSkipDates([...skipDates, skipDate].sort());
                    setSkipDate('');
                  }}
                >
                  {t('agenda.addSkipDate')}
                </Button>
              </Group>
              {skipDates.map((d) => (
                <Group key={d} gap="xs">
                  <Text size="sm">{formatDate(d, i18n.language)}</Text>
                  <CloseButton
                    aria-label={t('agenda.removeDate', { date: formatDate(d, i18n.language) })}
                    onClick={() => setSkipDates(skipDates.filter((x) => x !== d))}
                  />
                </Group>
              ))}
              {skipDates.length > 0 && (
                <TextInput
                  label={t('agenda.skipReason')}
                  required
                  value={skipReason}
                  onChange={(e) => setSkipReason(e.currentTarget.value)}
                />
              )}
            </Stack>
          )}
          <ProblemAlert error={create.error} />
          {create.isSuccess && <Alert color="green">{t('agenda.saved')}</Alert>}
          <Group>
            <Button type="submit" loading={create.isPending} disabled={!kind || !repeat}>
              {t('agenda.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
