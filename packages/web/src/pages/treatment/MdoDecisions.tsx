import { Card, List, Loader, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMdoItems } from '../../api/treatment';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';

/** What multidisciplinary meetings decided about this trajectory, newest first. */
export function MdoDecisions({ clientId, trajectoryId }: { clientId: string; trajectoryId: string }) {
  const { t, i18n } = useTranslation();
  const items = useMdoItems(clientId);
  const mine = (items.data ?? []).filter((i) => i.trajectoryId === trajectoryId);
  return (
    <Card withBorder component="section" aria-labelledby="mdo-decisions-title">
      <Title id="mdo-decisions-title" order={3} size="h4" mb="xs">
        {t('mdo.decisions')}
      </Title>
      {items.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      <ProblemAlert error={items.error} />
      {items.data && mine.length === 0 && <Text c="dimmed">{t('mdo.noDecisions')}</Text>}
      <List size="sm">
        {mine.map((item) => (
          <List.Item key={item.mdoId}>
            <Text span fw={600}>
              {formatDate(item.heldOn, i18n.language)}
            </Text>{' '}
            · {item.decision}
            {item.notes ? ` (${item.notes})` : ''} · {t('mdo.with', { names: item.participants.join(', ') })}
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
