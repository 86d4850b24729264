import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session';
import { ErgoHours } from '../financing/ErgoHours';
import { SupportedPeopleCard } from './SupportedPeopleCard';
import { TodayCards } from './TodayCards';
import { WorklistCard } from './WorklistCard';
import { todayIso } from '../../dates';

/** The signed-in person's own overview: who they are here, in which organisation, in which roles. */
export function StartPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
  const supports = me.user.roles.some((role) => role === 'werkbegeleider' || role === 'trajectbegeleider');
  return (
    <Stack>
      <Title order={2}>{t('start.title', { name: me.user.displayName })}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {supports && <SupportedPeopleCard workFloor={me.user.roles.includes('werkbegeleider')} />}
        <WorklistCard />
        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            {t('start.account')}
          </Title>
          <dl className="facts">
            <dt>{t('start.organisation')}</dt>
            <dd>{me.organisation.name}</dd>
            <dt>{t('start.email')}</dt>
            <dd>{me.user.email}</dd>
            {me.user.discipline && (
              <>
                <dt>{t('start.discipline')}</dt>
                <dd>{t(`discipline.${me.user.discipline}`)}</dd>
              </>
            )}
          </dl>
        </Card>
        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            {t('start.roles')}
          </Title>
          <Group gap="xs">
            {me.user.roles.map((role) => (
              <Badge key={role} size="lg" variant="light">
                {t(`role.${role}`)}
              </Badge>
            ))}
          </Group>
          <Text size="sm" c="dimmed" mt="sm">
            {t('app.tagline')}
          </Text>
        </Card>
        <TodayCards me={me} />
        {me.user.roles.includes('client') && me.user.clientId && (
          <Card withBorder>
            <Title order={3} size="h4" mb="sm">
              {t('ergoHours.title')}
            </Title>
            <ErgoHours clientId={me.user.clientId} year={Number(todayIso().slice(0, 4))} audience="client" />
          </Card>
        )}
      </SimpleGrid>
    </Stack>
  );
}
