import { hasOrgPermission } from '@meedoen/core';
import {
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAgenda, useCreateRoom, useRooms, type AgendaItem, type AgendaScope } from '../../api/agenda';
import { useGroups } from '../../api/daginvulling';
import { useMe } from '../../api/session';
import { useProfessionals } from '../../api/treatment';
import { ProblemAlert } from '../../components/ProblemAlert';
import { addDays, mondayOf, todayIso } from '../../dates';
import { formatDate, formatShortDate } from '../../i18n/format';
import { AgendaItemCard } from './AgendaItemCard';
import { FeedCard } from './FeedCard';
import { SeriesForm } from './SeriesForm';

function DayColumn({ date, items, showProfessional }: { date: string; items: AgendaItem[]; showProfessional: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-label={formatDate(date, i18n.language)} miw={0}>
      <Text fw={700}>{formatShortDate(date, i18n.language)}</Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('agenda.empty')}
        </Text>
      ) : (
        items.map((item) => <AgendaItemCard key={item.id} item={item} showProfessional={showProfessional} />)
      )}
    </Stack>
  );
}

function RoomForm() {
  const { t } = useTranslation();
  const create = useCreateRoom();
  const [name, setName] = useState('');
  const [capacity, setCapacity] = useState<number | string>('');
  return (
    <Card withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ name, capacity: typeof capacity === 'number' ? capacity : null }, { onSuccess: () => setName('') });
        }}
      >
        <Stack gap="xs">
          <Title order={3}>{t('agenda.newRoom')}</Title>
          <Group align="flex-end" wrap="wrap">
            <TextInput label={t('agenda.roomName')} required value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <NumberInput label={t('agenda.roomCapacity')} min={1} max={500} value={capacity} onChange={setCapacity} w={140} />
            <Button type="submit" variant="default" loading={create.isPending}>
              {t('agenda.addRoom')}
            </Button>
          </Group>
          <ProblemAlert error={create.error} />
        </Stack>
      </form>
    </Card>
  );
}

/**
 * The agenda: a day or a week of one's own appointments, or (for planners) anyone's, a room's or a
 * group's; each appointment opens its record, roll call or link; a new series with its exceptions;
 * one session cancelled or moved.
 */
export function AgendaPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const roles = me.data?.user.roles ?? [];
  const plans = hasOrgPermission(roles, 'agenda.plan');
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? todayIso();
  const view = params.get('view') === 'dag' ? 'dag' : 'week';
  const scope: AgendaScope = {
    kind: (params.get('of') as AgendaScope['kind'] | null) ?? 'professional',
    id: params.get('id'),
  };
  const from = view === 'dag' ? date : mondayOf(date);
  const until = view === 'dag' ? date : addDays(from, 6);
  const agenda = useAgenda(scope, from, until);
  const professionals = useProfessionals(plans);
  const rooms = useRooms();
  const groups = useGroups(false);
  // Merged into the address as it is now, not as it was at the last render: the router applies a
  // navigation in a transition, so two quick clicks on "Later" must both count.
  const set = (next: Record<string, string | null> | ((current: URLSearchParams) => Record<string, string | null>)) => {
    const merged = new URLSearchParams(window.location.search);
    const changes = typeof next === 'function' ? next(merged) : next;
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) merged.delete(k);
      else merged.set(k, v);
    }
    setParams(merged);
  };
  const days = view === 'dag' ? [date] : Array.from({ length: 7 }, (_, i) => addDays(from, i));
  const step = view === 'dag' ? 1 : 7;
  const options =
    scope.kind === 'professional'
      ? [{ value: '', label: t('agenda.me') }, ...(professionals.data ?? []).map((p) => ({ value: p.id, label: p.displayName }))]
      : scope.kind === 'room'
        ? (rooms.data ?? []).map((r) => ({ value: r.id, label: r.name }))
        : (groups.data ?? []).map((g) => ({ value: g.id, label: g.name }));
  const ownAgenda = scope.kind === 'professional' && (scope.id === null || scope.id === me.data?.user.id);

  return (
    <Stack>
      <Title order={2}>{t('agenda.title')}</Title>
      <Group wrap="wrap" align="flex-end">
        <SegmentedControl
          aria-label={t('agenda.view')}
          data={[
            { value: 'dag', label: t('agenda.day') },
            { value: 'week', label: t('agenda.week') },
          ]}
          value={view}
          onChange={(v) => set({ view: v })}
        />
        <Select
          label={t('agenda.whose')}
          data={[
            { value: 'professional', label: t('agenda.whose.professional') },
            { value: 'room', label: t('agenda.whose.room') },
            { value: 'group', label: t('agenda.whose.group') },
          ]}
          value={scope.kind}
          allowDeselect={false}
          onChange={(v) => set({ of: v, id: null })}
          w={160}
        />
        {(scope.kind !== 'professional' || plans) && (
          <Select
            label={t(`agenda.whose.${scope.kind}`)}
            placeholder={t('agenda.choose')}
            data={options}
            value={scope.id ?? (scope.kind === 'professional' ? '' : null)}
            onChange={(v) => set({ id: v || null })}
            w={220}
          />
        )}
      </Group>
      <Group justify="space-between" wrap="wrap">
        <Button variant="default" onClick={() => set((now) => ({ date: addDays(now.get('date') ?? todayIso(), -step) }))}>
          {t('agenda.previous')}
        </Button>
        <Text fw={600}>
          {view === 'dag'
            ? formatDate(date, i18n.language)
            : t('agenda.period.week', {
                from: formatShortDate(from, i18n.language),
                until: formatShortDate(until, i18n.language),
              })}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={() => set({ date: null })}>
            {t('agenda.today')}
          </Button>
          <Button variant="default" onClick={() => set((now) => ({ date: addDays(now.get('date') ?? todayIso(), step) }))}>
            {t('agenda.next')}
          </Button>
        </Group>
      </Group>
      {(scope.kind === 'professional' || scope.id) && agenda.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={agenda.error} />
      {agenda.data && (scope.kind === 'professional' || scope.id) && (
        <SimpleGrid cols={{ base: 1, md: days.length === 1 ? 1 : 7 }} spacing="sm">
          {days.map((d) => (
            <DayColumn key={d} date={d} items={agenda.data.filter((i) => i.date === d)} showProfessional={!ownAgenda} />
          ))}
        </SimpleGrid>
      )}
      {me.data && (
        <SeriesForm
          me={me.data.user.id}
          professionals={plans ? (professionals.data ?? null) : null}
          onSaved={(first) => set({ date: first })}
        />
      )}
      {plans && <RoomForm />}
      <FeedCard />
    </Stack>
  );
}
