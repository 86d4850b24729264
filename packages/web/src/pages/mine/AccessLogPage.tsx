import { Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAccessLog } from '../../api/clients';
import { useMe } from '../../api/session';
import { ProblemAlert } from '../../components/ProblemAlert';

/** "Wie heeft mijn dossier bekeken" (NEN 7513 §9): who looked, when, in which role, why. */
export function AccessLogPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const clientId = me?.user.clientId ?? '';
  const log = useAccessLog(clientId);
  if (!clientId) return <Text>{t('myPlan.noRecord')}</Text>;
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
  return (
    <Stack>
      <Title order={2}>{t('accessLog.title')}</Title>
      <Text>{t('accessLog.intro')}</Text>
      {log.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={log.error} />
      {log.data && log.data.length === 0 && <Text c="dimmed">{t('accessLog.empty')}</Text>}
      {log.data && log.data.length > 0 && (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('accessLog.when')}</Table.Th>
              <Table.Th>{t('accessLog.who')}</Table.Th>
              <Table.Th>{t('accessLog.role')}</Table.Th>
              <Table.Th>{t('accessLog.what')}</Table.Th>
              <Table.Th>{t('accessLog.why')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.data.map((entry) => (
              <Table.Tr key={entry.seq}>
                <Table.Td>{when.format(new Date(entry.occurredAt))}</Table.Td>
                <Table.Td>{entry.userName ?? '—'}</Table.Td>
                <Table.Td>{entry.role ? t(`role.${entry.role}`) : '—'}</Table.Td>
                <Table.Td>{entry.data ? t(`category.${entry.data}`, { defaultValue: entry.data }) : '—'}</Table.Td>
                <Table.Td>
                  {entry.basis ? t(`basis.${entry.basis}`, { defaultValue: entry.basis }) : '—'}
                  {entry.breakGlass ? ` (${t('accessLog.breakGlass')})` : ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
