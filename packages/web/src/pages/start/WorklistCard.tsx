import { Anchor, Badge, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWorklist, type WorklistItem } from '../../api/worklist';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';

/** What waits for the caller, grouped by kind with a count each: the server decides per role what that is. */
export function WorklistCard() {
  const { t, i18n } = useTranslation();
  const worklist = useWorklist();
  const detail = (item: WorklistItem): string => {
    if (item.kind === 'session_today')
      return item.done === null ? item.label : `${item.label} · ${t(item.done ? 'worklist.noteWritten' : 'worklist.noteOpen')}`;
    if (item.kind === 'note_to_write' && item.date)
      return t('worklist.sessionOn', { date: formatDate(item.date, i18n.language), time: item.label });
    if (item.kind === 'alert') return t('worklist.alerts', { count: Number(item.label) });
    if ((item.kind === 'consent_expiring' || item.kind === 'allocation_expiring') && item.date)
      return t('worklist.endsOn', { date: formatDate(item.date, i18n.language) });
    if (item.kind === 'enrolment_request') return t('worklist.requestFor', { offer: item.label });
    if (item.kind === 'evaluation_due' && item.date) return t('worklist.dueOn', { date: formatDate(item.date, i18n.language) });
    return '';
  };
  const kinds = Object.entries(worklist.data?.counts ?? {}).filter(([, count]) => count > 0);
  return (
    <Card withBorder component="section" aria-labelledby="worklist-heading">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id="worklist-heading">
          {t('worklist.title')}
        </Title>
        {worklist.data && (
          <Badge size="lg" color="blue.9" aria-label={t('worklist.countLabel', { count: worklist.data.total })}>
            {worklist.data.total}
          </Badge>
        )}
      </Group>
      {worklist.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      <ProblemAlert error={worklist.error} />
      {worklist.data?.total === 0 && <Text c="dimmed">{t('worklist.empty')}</Text>}
      <Stack gap="sm">
        {kinds.map(([kind, count]) => (
          <div key={kind}>
            <Group gap="xs">
              <Text fw={600}>{t(`worklist.kind.${kind}`)}</Text>
              <Badge color="blue.9">{count}</Badge>
            </Group>
            <List>
              {worklist.data?.items
                .filter((item) => item.kind === kind)
                .map((item, index) => (
                  <List.Item key={`${item.link}-${index}`}>
                    <Anchor component={Link} to={item.link}>
                      {item.clientName ?? item.label}
                    </Anchor>
                    {detail(item) ? ` · ${detail(item)}` : ''}
                  </List.Item>
                ))}
            </List>
          </div>
        ))}
      </Stack>
    </Card>
  );
}
