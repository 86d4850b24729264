import { Button, Group, Loader, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccessLog } from '../api/clients';
import { ProblemAlert } from './ProblemAlert';

/**
 * Who looked at a client's file, when, in which role and on what ground (NEN 7513 §9), newest first. The client
 * reads it addressed to them ("uw zorgteam"); a professional allowed to see it reads it in the third person.
 */
export function AccessLogTable(props: { clientId: string; audience: 'client' | 'professional'; pageSize?: number }) {
  const { t, i18n } = useTranslation();
  const log = useAccessLog(props.clientId);
  const pageSize = props.pageSize ?? Number.POSITIVE_INFINITY;
  const [shown, setShown] = useState(pageSize);
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
  const basisKey = props.audience === 'client' ? 'basis' : 'basisPro';
  if (log.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (log.error) return <ProblemAlert error={log.error} />;
  if (log.data.length === 0) return <Text c="dimmed">{t('accessLog.empty')}</Text>;
  const entries = log.data.slice(0, shown);
  const hidden = log.data.length - entries.length;
  return (
    <>
      {/* On a phone five columns of words fit only when a long word may break (no sideways scrolling, issue 14). */}
      <Table striped highlightOnHover layout="fixed" style={{ overflowWrap: 'anywhere' }}>
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
          {entries.map((entry) => (
            <Table.Tr key={entry.seq}>
              <Table.Td>{when.format(new Date(entry.occurredAt))}</Table.Td>
              <Table.Td>{entry.userName ?? '—'}</Table.Td>
              <Table.Td>{entry.role ? t(`role.${entry.role}`) : '—'}</Table.Td>
              <Table.Td>{entry.data ? t(`category.${entry.data}`, { defaultValue: entry.data }) : '—'}</Table.Td>
              <Table.Td>
                {entry.basis ? t(`${basisKey}.${entry.basis}`, { defaultValue: entry.basis }) : '—'}
                {entry.breakGlass ? ` (${t('accessLog.breakGlass')})` : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {hidden > 0 && (
        <Group mt="xs">
          <Button variant="default" onClick={() => setShown((n) => n + pageSize)}>
            {t('accessLog.more', { count: Math.min(pageSize, hidden) })}
          </Button>
        </Group>
      )}
    </>
  );
}
