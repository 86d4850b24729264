import { Alert, Box, Button, Group, List, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuditSearch, useAuditVerification, type AuditEntry, type AuditFilter } from '../../api/privacy';
import { ProblemAlert } from '../../components/ProblemAlert';
import { DateField } from '../../components/DateField';
import { todayIso } from '../../dates';
import { auditCsv, download, exportFileName } from './audit-export';

/**
 * The privacy officer's audit trail (NEN 7513 §8, logbeheerder): every access and every refusal of her
 * organisation, searchable by period and outcome, and a check of the chain on demand.
 */
export function AuditSearchPage() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({ from: '', to: '', outcome: '', clientId: '' });
  const audit = useAuditSearch(filter);
  // The people to choose from are those in the trail of this period: nothing to type, no one who is not there.
  const everyone = useAuditSearch({ ...filter, clientId: '' });
  const people = [
    ...new Map((everyone.data ?? []).flatMap((e) => (e.clientId && e.clientName ? [[e.clientId, e.clientName] as const] : []))),
  ].sort((a, b) => a[1].localeCompare(b[1], 'nl'));
  const personName = people.find(([id]) => id === filter.clientId)?.[1] ?? null;
  const verification = useAuditVerification();
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'Europe/Amsterdam',
  });
  const result = verification.data;
  const what = (entry: AuditEntry) =>
    `${t(`privacy.action.${entry.action}`)}${entry.data ? `: ${t(`categoryPro.${entry.data}`, { defaultValue: t('privacy.audit.otherData') })}` : ''}`;
  const ground = (entry: AuditEntry) =>
    entry.outcome !== 'success' && entry.problemCode
      ? t(`problem.${entry.problemCode}`, { defaultValue: t('privacy.audit.refused') })
      : entry.basis
        ? t(`basisPro.${entry.basis}`, { defaultValue: '—' })
        : '—';
  const exportLog = () => {
    if (!audit.data || !personName) return;
    const header = [
      t('accessLog.when'),
      t('accessLog.who'),
      t('accessLog.role'),
      t('privacy.audit.client'),
      t('privacy.audit.what'),
      t('privacy.audit.outcome'),
      t('privacy.audit.ground'),
    ];
    const rows = audit.data.map((entry) => [
      when.format(new Date(entry.occurredAt)),
      entry.userName ?? t('privacy.audit.unknownUser'),
      entry.role ? t(`role.${entry.role}`, { defaultValue: entry.role }) : '—',
      entry.clientName ?? '—',
      what(entry),
      t(`privacy.outcome.${entry.outcome}`),
      entry.breakGlass ? `${ground(entry)} · ${t('privacy.audit.breakGlass', { reason: entry.reason ?? '—' })}` : ground(entry),
    ]);
    download(exportFileName(personName, todayIso()), auditCsv(header, rows));
  };
  return (
    <Stack>
      <Title order={2}>{t('privacy.audit.title')}</Title>
      <Text>{t('privacy.audit.intro')}</Text>

      <Stack gap="xs" component="section" aria-labelledby="chain-check">
        <Title order={3} id="chain-check">
          {t('privacy.chain.title')}
        </Title>
        <Text size="sm">{t('privacy.chain.explain')}</Text>
        <Group>
          <Button onClick={() => verification.mutate()} loading={verification.isPending}>
            {t('privacy.chain.check')}
          </Button>
        </Group>
        <ProblemAlert error={verification.error} />
        {result?.intact && (
          <Alert color="teal" role="status" title={t('privacy.chain.intact')}>
            {t('privacy.chain.intactDetail', { count: result.records, when: when.format(new Date(result.checkedAt)) })}
          </Alert>
        )}
        {result && !result.intact && (
          <Alert color="red" role="alert" title={t('privacy.chain.broken')}>
            <List>
              {result.breaks.map((b) => (
                <List.Item key={`${b.kind}-${b.seq}`}>
                  {t(`privacy.break.${b.kind}`, { seq: b.seq, defaultValue: t('privacy.break.other', { seq: b.seq }) })}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>

      <Title order={3}>{t('privacy.audit.search')}</Title>
      <Group align="end" wrap="wrap">
        <NativeSelect
          label={t('privacy.audit.person')}
          value={filter.clientId}
          onChange={(e) => setFilter({ ...filter, clientId: e.currentTarget.value })}
          data={[{ value: '', label: t('privacy.audit.everyone') }, ...people.map(([value, label]) => ({ value, label }))]}
        />
        <DateField label={t('privacy.audit.from')} value={filter.from} onChange={(v) => setFilter({ ...filter, from: v })} />
        <DateField label={t('privacy.audit.to')} value={filter.to} onChange={(v) => setFilter({ ...filter, to: v })} />
        <NativeSelect
          label={t('privacy.audit.outcome')}
          value={filter.outcome}
          onChange={(e) => setFilter({ ...filter, outcome: e.currentTarget.value as AuditFilter['outcome'] })}
          data={[
            { value: '', label: t('privacy.outcome.all') },
            { value: 'denied', label: t('privacy.outcome.denied') },
            { value: 'failed', label: t('privacy.outcome.failed') },
            { value: 'success', label: t('privacy.outcome.success') },
          ]}
        />
      </Group>
      {personName && audit.data && audit.data.length > 0 && (
        <Group>
          <Button variant="default" onClick={exportLog}>
            {t('privacy.audit.export', { name: personName })}
          </Button>
        </Group>
      )}
      {audit.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={audit.error} />
      {audit.data?.length === 0 && <Text c="dimmed">{t('privacy.audit.none')}</Text>}
      {audit.data && audit.data.length > 0 && (
        // Wider than a phone: the table scrolls sideways inside a region a keyboard can reach (axe
        // scrollable-region-focusable); the page itself does not.
        <Box data-overflow-scroll tabIndex={0} role="region" aria-label={t('privacy.audit.title')} style={{ overflowX: 'auto' }}>
          <Table striped highlightOnHover miw={900}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('accessLog.when')}</Table.Th>
                <Table.Th>{t('accessLog.who')}</Table.Th>
                <Table.Th>{t('accessLog.role')}</Table.Th>
                <Table.Th>{t('privacy.audit.client')}</Table.Th>
                <Table.Th>{t('privacy.audit.what')}</Table.Th>
                <Table.Th>{t('privacy.audit.outcome')}</Table.Th>
                <Table.Th>{t('privacy.audit.ground')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {audit.data.map((entry) => (
                <Table.Tr key={entry.seq}>
                  <Table.Td>{when.format(new Date(entry.occurredAt))}</Table.Td>
                  <Table.Td>{entry.userName ?? t('privacy.audit.unknownUser')}</Table.Td>
                  <Table.Td>{entry.role ? t(`role.${entry.role}`, { defaultValue: entry.role }) : '—'}</Table.Td>
                  <Table.Td>{entry.clientName ?? '—'}</Table.Td>
                  <Table.Td>{what(entry)}</Table.Td>
                  <Table.Td>
                    <Text
                      size="sm"
                      fw={entry.outcome === 'success' ? 400 : 700}
                      c={entry.outcome === 'success' ? undefined : 'red.9'}
                    >
                      {t(`privacy.outcome.${entry.outcome}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {ground(entry)}
                    {entry.breakGlass && (
                      <Text size="sm" c="red">
                        {t('privacy.audit.breakGlass', { reason: entry.reason ?? '—' })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
    </Stack>
  );
}
