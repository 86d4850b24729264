import { Alert, Button, Group, List, Loader, Stack, Text } from '@mantine/core';
import type { OverviewLine } from '@meedoen/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFinancingMonth } from '../../api/financing';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { formatCents, formatMonth, shiftMonth } from './money';

/**
 * The Financiering part of the record: one month at a time, every delivered service with what it is, who
 * pays and why, in words; double funding shown as a warning that blocks declaring the month.
 */
export function FinancingSection({ clientId, initialMonth }: { clientId: string; initialMonth: string }) {
  const { t, i18n } = useTranslation();
  const [month, setMonth] = useState(initialMonth);
  const overview = useFinancingMonth(clientId, month, true);
  const language = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <Stack gap="xs">
      <Group>
        <Button variant="default" size="xs" onClick={() => setMonth(shiftMonth(month, -1))}>
          {t('financing.previousMonth')}
        </Button>
        <Text fw={600} aria-live="polite">
          {formatMonth(month, language)}
        </Text>
        <Button variant="default" size="xs" onClick={() => setMonth(shiftMonth(month, 1))}>
          {t('financing.nextMonth')}
        </Button>
      </Group>
      {overview.isPending ? <Loader size="sm" aria-label={t('app.loading')} /> : <ProblemAlert error={overview.error} />}
      {overview.data && overview.data.blockers.length > 0 && (
        <Alert color="red" title={t('financing.doubleFundingTitle')}>
          <List>
            {overview.data.blockers.map((b, i) => (
              <List.Item key={`${b.code}-${i}`}>{t(`problem.${b.code}`)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {overview.data && overview.data.lines.length === 0 && <Text c="dimmed">{t('financing.noServices')}</Text>}
      <List spacing="sm" listStyleType="none">
        {overview.data?.lines.map((line, i) => (
          <List.Item key={`${line.serviceId}-${i}`}>
            <FinancingLine line={line} language={language} />
          </List.Item>
        ))}
      </List>
      {overview.data && overview.data.totals.length > 0 && (
        <Text size="sm">
          {t('financing.totals')}{' '}
          {overview.data.totals
            .map((total) => `${t(`payer.${total.payer}`)}: ${formatCents(total.amountCents, language)}`)
            .join(' · ')}
        </Text>
      )}
    </Stack>
  );
}

function FinancingLine({ line, language }: { line: OverviewLine; language: 'nl' | 'en' }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text fw={600}>
        {formatDate(line.date, language)}
        {line.start ? ` ${line.start}` : ''} · {line.activityName} · {t(`serviceKind.${line.kind}`)}
      </Text>
      <Text size="sm">
        {t('financing.paidBy', { payer: t(`payer.${line.payer}`), frame: t(`frame.${line.frame}`) })}
        {' · '}
        {t('financing.minutes', { minutes: line.minutes })}
        {line.amountCents !== null ? ` · ${formatCents(line.amountCents, language)}` : ''}
      </Text>
      <Text size="sm" c="dimmed">
        {t('financing.why')} {line.reasons.map((r) => r[language]).join(' ')}
      </Text>
      {line.warnings.map((w) => (
        <Alert key={w.code} color="orange" p="xs">
          {w[language]}
        </Alert>
      ))}
    </Stack>
  );
}
