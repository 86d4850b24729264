import { Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFeed, useMakeFeed, useRevokeFeed } from '../../api/agenda';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';

/** The secret calendar link for one's phone: made, shown once, revoked. */
export function FeedCard() {
  const { t, i18n } = useTranslation();
  const feed = useFeed();
  const make = useMakeFeed();
  const revoke = useRevokeFeed();
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3}>{t('agenda.feed.title')}</Title>
        <Text size="sm">{t('agenda.feed.explain')}</Text>
        {feed.data?.active && feed.data.createdAt && (
          <Text size="sm">{t('agenda.feed.active', { date: formatDate(feed.data.createdAt, i18n.language) })}</Text>
        )}
        {make.data && (
          <>
            <Text size="sm">{t('agenda.feed.copy')}</Text>
            <Code block style={{ wordBreak: 'break-all' }}>{`${window.location.origin}${make.data.path}`}</Code>
          </>
        )}
        <Group gap="xs">
          <Button size="xs" onClick={() => make.mutate()} loading={make.isPending}>
            {feed.data?.active ? t('agenda.feed.remake') : t('agenda.feed.make')}
          </Button>
          {feed.data?.active && (
            <Button size="xs" variant="default" onClick={() => revoke.mutate(undefined, { onSuccess: () => make.reset() })}>
              {t('agenda.feed.revoke')}
            </Button>
          )}
        </Group>
        <ProblemAlert error={make.error ?? revoke.error} />
      </Stack>
    </Card>
  );
}
