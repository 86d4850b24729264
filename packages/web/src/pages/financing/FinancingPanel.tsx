import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AllocationsPanel } from './AllocationsPanel';
import { EntitlementsForm } from './EntitlementsForm';
import { ErgoHours } from './ErgoHours';
import { FinancingSection } from './FinancingSection';
import { todayIso } from '../../dates';

/** Financiering on the client record: the months, the entitlements behind them, ergotherapie hours. */
export function FinancingPanel({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const today = todayIso();
  return (
    <Tabs defaultValue="months" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="months">{t('financing.tabMonths')}</Tabs.Tab>
        <Tabs.Tab value="entitlements">{t('entitlements.title')}</Tabs.Tab>
        <Tabs.Tab value="allocations">{t('allocations.title')}</Tabs.Tab>
        <Tabs.Tab value="ergo">{t('ergoHours.title')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="months" pt="sm">
        <FinancingSection clientId={clientId} initialMonth={today.slice(0, 7)} />
      </Tabs.Panel>
      <Tabs.Panel value="entitlements" pt="sm">
        <EntitlementsForm clientId={clientId} canWrite={canWrite} />
      </Tabs.Panel>
      <Tabs.Panel value="allocations" pt="sm">
        <AllocationsPanel clientId={clientId} canWrite={canWrite} month={today.slice(0, 7)} />
      </Tabs.Panel>
      <Tabs.Panel value="ergo" pt="sm">
        <ErgoHours clientId={clientId} year={Number(today.slice(0, 4))} audience="professional" />
      </Tabs.Panel>
    </Tabs>
  );
}
