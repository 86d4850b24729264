import { Alert, List, Loader, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMonthOverview } from '../../api/clients';
import { MonthField } from '../../components/MonthField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { thisMonth } from '../../dates';

/** A month of attendance per placement: minutes (the truth) and the financer's units, with the indication's warnings. */
export function MonthOverview({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState(thisMonth);
  const overview = useMonthOverview(clientId, month, /^\d{4}-\d{2}$/.test(month));
  return (
    <>
      <MonthField mt="md" label={t('month.label')} value={month} onChange={setMonth} w={220} />
      {overview.isPending ? <Loader size="sm" aria-label={t('app.loading')} /> : <ProblemAlert error={overview.error} />}
      <List mt="xs">
        {overview.data?.map((row) => (
          <List.Item key={row.enrolmentId}>
            <Text>
              {row.offerName}: {t('month.minutes', { minutes: row.minutes })} = {row.units} {t(`unit.${row.unitCode}`)}
              {row.allowed !== null ? ` ${t('month.allowed', { allowed: row.allowed })}` : ''}
            </Text>
            {row.warnings.map((w) => (
              <Alert key={w.code} color="orange" mt={4} p="xs">
                {t(`monthWarning.${w.code}`, { detail: w.detail })}
              </Alert>
            ))}
          </List.Item>
        ))}
      </List>
    </>
  );
}
