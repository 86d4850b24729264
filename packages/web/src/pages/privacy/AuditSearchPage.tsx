import { Alert, Button, Group, List, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuditSearch, useAuditVerification, type AuditFilter } from '../../api/privacy';
import { ProblemAlert } from '../../components/ProblemAlert';
import { DateField } from '../../components/DateField';

/**
 * The privacy officer's audit trail (NEN 7513 §8, logbeheerder): every access and every refusal of her
 * organisation, searchable by period and outcome, and a check of the chain on demand.
 */
export function AuditSearchPage() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({ from: '', to: '', outcome: '' });
  const audit = useAuditSearch(filter);
  const verification = useAuditVerification();
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'Europe/Amsterdam',
  });
  const result = verification.data;
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
      <Group align="end">
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
      {audit.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={audit.error} />
      {audit.data?.length === 0 && <Text c="dimmed">{t('privacy.audit.none')}</Text>}
      {audit.data && audit.data.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover>
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
                  <Table.Td>
                    {t(`privacy.action.${entry.action}`)}
                    {entry.data ? `: ${t(`categoryPro.${entry.data}`, { defaultValue: t('privacy.audit.otherData') })}` : ''}
                  </Table.Td>
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
                    {entry.outcome !== 'success' && entry.problemCode
                      ? t(`problem.${entry.problemCode}`, { defaultValue: t('privacy.audit.refused') })
                      : entry.basis
                        ? t(`basisPro.${entry.basis}`, { defaultValue: '—' })
                        : '—'}
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
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
