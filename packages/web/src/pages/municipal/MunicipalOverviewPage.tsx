import { Alert, Group, Loader, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMunicipalOverview, type MunicipalOverview, type Table as CountTable } from '../../api/municipal';
import { ProblemAlert } from '../../components/ProblemAlert';
import { MunicipalMap } from './MunicipalMap';

const MEASURES = ['offers', 'placesFree', 'waiting', 'unmetNeeds', 'publicTransport', 'diversity'] as const;
type Measure = (typeof MEASURES)[number];

/**
 * The municipality's view of day activities: per neighbourhood and rung of the ladder, one measure at a
 * time (offers, places free, waiting, unmet needs, reach by public transport, diversity of forms), the
 * forms missing in the municipality, and a map. Only totals; small numbers of people are hidden.
 */
export function MunicipalOverviewPage() {
  const { t } = useTranslation();
  const overview = useMunicipalOverview();
  const [measure, setMeasure] = useState<Measure>('offers');
  const data = overview.data;
  return (
    <Stack maw={1200}>
      <Title order={2}>{t('municipal.title')}</Title>
      {overview.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={overview.error} />
      {data && data.municipalities.length === 0 && <Text>{t('municipal.noMunicipality')}</Text>}
      {data && data.municipalities.length > 0 && (
        <>
          <Text>{t('municipal.intro', { municipalities: data.municipalities.join(', '), size: data.minCellSize })}</Text>
          <MissingForms overview={data} />
          <SegmentedControl
            aria-label={t('municipal.measure.label')}
            value={measure}
            onChange={(v) => setMeasure(MEASURES.find((m) => m === v) ?? 'offers')}
            data={MEASURES.map((m) => ({ value: m, label: t(`municipal.measure.${m}`) }))}
          />
          <Text size="sm" c="dimmed">
            {t(`municipal.explain.${measure}`)}
          </Text>
          <OverviewTable overview={data} table={data[measure]} caption={t(`municipal.measure.${measure}`)} />
          <Title order={3}>{t('municipal.map.title')}</Title>
          {!data.tileUrl && (
            <Text size="sm" c="dimmed">
              {t('municipal.map.noTiles')}
            </Text>
          )}
          <MunicipalMap overview={data} />
        </>
      )}
    </Stack>
  );
}

function MissingForms({ overview }: { overview: MunicipalOverview }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {overview.missingForms.map((m) =>
        m.forms.length === 0 ? (
          <Alert
            key={m.municipality}
            color="teal"
            variant="light"
            title={t('municipal.complete', { municipality: m.municipality })}
          />
        ) : (
          <Alert
            key={m.municipality}
            color="orange"
            variant="light"
            title={t('municipal.gaps', { municipality: m.municipality })}
          >
            {m.forms.map((f) => t(`form.${f}`)).join(', ')}
          </Alert>
        ),
      )}
    </Stack>
  );
}

function OverviewTable({ overview, table, caption }: { overview: MunicipalOverview; table: CountTable; caption: string }) {
  const { t } = useTranslation();
  const show = (n: number | null) =>
    n === null ? (
      <Text span fs="italic">
        {t('municipal.hidden')}
      </Text>
    ) : (
      n
    );
  const columnName = (c: number | 'unknown') =>
    c === 'unknown' ? t('municipal.rung.unknown') : t('municipal.rung', { rung: c, name: t(`ladder.${c}`) });
  const rowName = (r: MunicipalOverview['rows'][number]) =>
    r.online ? t('municipal.row.online') : `${r.municipality ?? ''} – ${r.neighbourhood ?? t('municipal.row.unknown')}`;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped withTableBorder>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('municipal.neighbourhood')}</Table.Th>
            {overview.columns.map((c) => (
              <Table.Th scope="col" key={String(c)}>
                {columnName(c)}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('municipal.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {overview.rows.map((r, i) => (
            <Table.Tr key={`${r.municipality ?? ''}-${r.neighbourhood ?? ''}-${String(r.online)}`}>
              <Table.Th scope="row">{rowName(r)}</Table.Th>
              {overview.columns.map((c, j) => (
                <Table.Td key={String(c)}>{show(table.cells[i]?.[j] ?? null)}</Table.Td>
              ))}
              <Table.Td fw={600}>{show(table.rowTotals[i] ?? null)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('municipal.total')}</Table.Th>
            {overview.columns.map((c, j) => (
              <Table.Td key={String(c)} fw={600}>
                {show(table.columnTotals[j] ?? null)}
              </Table.Td>
            ))}
            <Table.Td fw={700}>{show(table.total)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      <Group mt="xs">
        <Text size="sm" c="dimmed">
          {t('municipal.hiddenExplained', { size: overview.minCellSize })}
        </Text>
      </Group>
    </Table.ScrollContainer>
  );
}
