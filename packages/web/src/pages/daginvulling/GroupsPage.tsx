import { hasOrgPermission } from '@meedoen/core';
import { Anchor, Badge, Card, Group, Loader, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGroupOccurrences, useGroups, type ActivityGroup } from '../../api/daginvulling';
import { useMe } from '../../api/session';
import { seesDayWork } from '../../api/today';
import { useProfessionals } from '../../api/treatment';
import { ProblemAlert } from '../../components/ProblemAlert';
import { addDays, todayIso } from '../../dates';
import { formatDate, formatSchedule, formatShortDate } from '../../i18n/format';

/** Groups with their weekly schedule, place, occupancy and season, and the next two weeks' occurrences. */
export function GroupsPage() {
  const { t } = useTranslation();
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const groups = useGroups(scope === 'mine');
  return (
    <Stack maw={1100}>
      <Title order={2}>{t('groups.title')}</Title>
      <SegmentedControl
        w="fit-content"
        value={scope}
        onChange={(v) => setScope(v === 'all' ? 'all' : 'mine')}
        data={[
          { value: 'mine', label: t('groups.mine') },
          { value: 'all', label: t('groups.all') },
        ]}
      />
      {groups.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={groups.error} />
      {groups.data?.length === 0 && <Text c="dimmed">{scope === 'mine' ? t('groups.noneMine') : t('groups.none')}</Text>}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {groups.data?.map((g) => (
          <GroupCard key={g.id} group={g} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function GroupCard({ group }: { group: ActivityGroup }) {
  const { t, i18n } = useTranslation();
  const today = todayIso();
  const roles = useMe().data?.user.roles ?? [];
  const occurrences = useGroupOccurrences(group.id, today, addDays(today, 13));
  const professionals = useProfessionals(hasOrgPermission(roles, 'users.read'));
  const takesRollCall = seesDayWork(roles);
  const supervisors = group.supervisorIds
    .map((id) => professionals.data?.find((p) => p.id === id)?.displayName)
    .filter((name): name is string => Boolean(name));
  const full = group.participants >= group.capacity;
  return (
    <Card withBorder component="article" id={`group-${group.id}`} aria-labelledby={`group-title-${group.id}`}>
      <Group justify="space-between" align="flex-start">
        <Title order={3} size="h4" id={`group-title-${group.id}`}>
          {group.name}
        </Title>
        <Badge color={full ? 'red.9' : 'teal.9'} variant="outline">
          {t('groups.occupancy', { count: group.participants, capacity: group.capacity })}
        </Badge>
      </Group>
      <Anchor component={Link} to={`/sociale-kaart/${group.offerId}`} size="sm">
        {group.offerName}
      </Anchor>
      <Text mt="xs" fw={600}>
        {formatSchedule(group.schedule, t)}
      </Text>
      <Text size="sm">{group.online ? t('groups.online', { location: group.location }) : group.location}</Text>
      <Text size="sm">
        {t('groups.season', {
          from: formatDate(group.seasonFrom, i18n.language),
          until: group.seasonUntil ? formatDate(group.seasonUntil, i18n.language) : t('groups.noEnd'),
        })}
      </Text>
      {supervisors.length > 0 && <Text size="sm">{t('groups.supervisors', { names: supervisors.join(', ') })}</Text>}
      <Text size="sm" fw={600} mt="sm">
        {t('groups.upcoming')}
      </Text>
      {occurrences.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      <ProblemAlert error={occurrences.error} />
      {occurrences.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('groups.noUpcoming')}
        </Text>
      )}
      <Group gap="xs" mt={4}>
        {occurrences.data?.map((o) =>
          o.cancelled ? (
            <Badge key={o.id} variant="outline" color="gray.8">
              {formatShortDate(o.date, i18n.language)} · {t('groups.cancelled')}
            </Badge>
          ) : !takesRollCall ? (
            <Badge key={o.id} variant="outline" color="gray.8">
              {formatShortDate(o.date, i18n.language)} {o.starts.slice(0, 5)}
            </Badge>
          ) : (
            <Anchor key={o.id} component={Link} to={`/presentielijst?date=${o.date}&occurrence=${o.id}`} size="sm">
              {t('groups.rollCallFor', { date: formatShortDate(o.date, i18n.language), from: o.starts.slice(0, 5) })}
            </Anchor>
          ),
        )}
      </Group>
    </Card>
  );
}
