import { List, Stack, Table, Text, Title } from '@mantine/core';
import { ERGO_SURCHARGES } from '@meedoen/core';
import { useTranslation } from 'react-i18next';
import type { ParameterValues } from '../../../api/contracts';
import { formatCents } from '../../financing/money';
import { CODED_CONTACT_TYPES, CONTRACT_SOURCE, dutchDate } from './parameter-draft';

/** One set to read: its period, where its tariffs come from, and every code and amount in words and euros. */
export function ParameterSetView({ parameters: p }: { parameters: ParameterValues }) {
  const { t, i18n } = useTranslation();
  const euro = (cents: number | null | undefined) =>
    cents === null || cents === undefined ? t('contracts.notSet') : formatCents(cents, i18n.language);
  const e = p.ergotherapie;
  const yesNo = (value: boolean) => (value ? t('admin.yes') : t('admin.no'));
  const rows: { label: string; code: string; tariff: string }[] = [
    ...CODED_CONTACT_TYPES.map((type) => ({
      label: t(`ergoContactType.${type}`),
      code: e.codes[type],
      tariff: euro(e.tariffsCents[e.codes[type]]),
    })),
    ...e.groupCodes.map((g) => ({
      label: t('contracts.groupOf', { from: g.size, until: g.maxSize }),
      code: g.code,
      tariff: euro(e.tariffsCents[g.code]),
    })),
    ...ERGO_SURCHARGES.map((s) => ({
      label: t(`ergoSurcharge.${s}`),
      code: e.surchargeCodes[s],
      tariff: euro(e.tariffsCents[e.surchargeCodes[s]]),
    })),
  ];
  return (
    <Stack gap="sm">
      <Text fw={700}>{t('contracts.periodText', { from: dutchDate(p.validFrom), until: dutchDate(p.validUntil) })}</Text>
      {p.sources[CONTRACT_SOURCE] && (
        <Text size="sm">{t('contracts.contractText', { contract: p.sources[CONTRACT_SOURCE] })}</Text>
      )}
      <Title order={4}>{t('contracts.ergotherapie')}</Title>
      <List size="sm" spacing={4}>
        <List.Item>{t('contracts.quarterMinutesText', { minutes: e.quarterMinutes })}</List.Item>
        <List.Item>
          {t('contracts.rounding')}: {t(`quarterRounding.${e.rounding}`)}
        </List.Item>
        <List.Item>
          {t('contracts.basicCoverText', { hours: e.basicCoverQuarters / 4, quarters: e.basicCoverQuarters })}
        </List.Item>
        <List.Item>
          {t('contracts.countIndirectMinutes')}: {yesNo(e.countIndirectMinutes)}
        </List.Item>
        <List.Item>
          {t('contracts.screeningCountsAgainstCover')}: {yesNo(e.screeningCountsAgainstCover)}
        </List.Item>
      </List>
      <Table.ScrollContainer minWidth={320}>
        <Table striped layout="fixed" aria-label={t('contracts.codesAndTariffs')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="55%">{t('contracts.contactType')}</Table.Th>
              <Table.Th>{t('contracts.code')}</Table.Th>
              <Table.Th>{t('contracts.tariff')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.label}-${row.code}`}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.label}</Table.Td>
                <Table.Td>{row.code}</Table.Td>
                <Table.Td>{row.tariff}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={4}>{t('contracts.insurance')}</Title>
      <Text size="sm">
        {t('contracts.eigenRisico')}: {euro(p.eigenRisico.amountCents)}
      </Text>
      {p.supplementaryPolicies.length === 0 ? (
        <Text size="sm">{t('contracts.noPolicies')}</Text>
      ) : (
        <List size="sm">
          {p.supplementaryPolicies.map((s) => (
            <List.Item key={s.id}>
              {t('contracts.policyText', {
                name: s.name,
                uzovi: s.uzovi,
                quarters: s.ergotherapieExtraQuarters,
                vaktherapie: yesNo(s.coversVaktherapie),
              })}
            </List.Item>
          ))}
        </List>
      )}
      <Title order={4}>{t('contracts.wlz')}</Title>
      <Text size="sm">
        {t('contracts.wlzCode')}: {p.wlz.dagbestedingCode ?? t('contracts.notSet')} · {t('contracts.wlzTariff')}:{' '}
        {euro(p.wlz.dagbestedingTariffCents)}
      </Text>
      <Text size="sm">{t('contracts.minMinutesText', { minutes: p.wlz.minMinutesPerDagdeel })}</Text>
    </Stack>
  );
}
