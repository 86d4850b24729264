import { INSTRUMENTS } from '@meedoen/core';
import { Button, Card, Group, Loader, NumberInput, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useMeasurementSettings,
  useOutcomes,
  useSaveMeasurementSettings,
  type MeasurementSettingsView,
  type OutcomeCellView,
} from '../../api/measurement';
import { fieldError } from '../../components/field-errors';
import { ProblemAlert } from '../../components/ProblemAlert';

const percent = (share: number | null, lang: string) =>
  share === null ? '—' : new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { style: 'percent' }).format(share);
const decimal = (n: number | null, lang: string) =>
  n === null ? '—' : new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { signDisplay: 'exceptZero' }).format(n);

/** The outcome view: per discipline or therapist, reliable improvement and mean change; small cells suppressed. */
function OutcomeTable() {
  const { t, i18n } = useTranslation();
  const [by, setBy] = useState<'discipline' | 'therapist'>('discipline');
  const { data, error, isPending } = useOutcomes(by);
  const name = (c: OutcomeCellView) =>
    c.group === 'all'
      ? t('outcomes.all')
      : by === 'discipline'
        ? t(`discipline.${c.group}`)
        : (data?.names[c.group] ?? t('outcomes.unknownTherapist'));
  const rows = data ? [...data.cells, ...data.totals] : [];
  return (
    <Card withBorder>
      <Stack>
        <Text>{t('outcomes.intro', { min: data?.minCellSize ?? '' })}</Text>
        <SegmentedControl
          aria-label={t('outcomes.by')}
          value={by}
          onChange={(v) => setBy(v === 'therapist' ? 'therapist' : 'discipline')}
          data={[
            { value: 'discipline', label: t('outcomes.byDiscipline') },
            { value: 'therapist', label: t('outcomes.byTherapist') },
          ]}
        />
        {isPending && <Loader aria-label={t('app.loading')} />}
        <ProblemAlert error={error} />
        {data && rows.length === 0 && <Text>{t('outcomes.none')}</Text>}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{by === 'discipline' ? t('outcomes.discipline') : t('outcomes.therapist')}</Table.Th>
                  <Table.Th>{t('outcomes.instrument')}</Table.Th>
                  <Table.Th>{t('outcomes.persons')}</Table.Th>
                  <Table.Th>{t('outcomes.improved')}</Table.Th>
                  <Table.Th>{t('outcomes.deteriorated')}</Table.Th>
                  <Table.Th>{t('outcomes.meanChange')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((c) => (
                  <Table.Tr key={`${c.group}-${c.instrumentId}`}>
                    <Table.Td fw={c.group === 'all' ? 700 : undefined}>{name(c)}</Table.Td>
                    <Table.Td>{INSTRUMENTS[c.instrumentId].abbreviation}</Table.Td>
                    {c.suppressed ? (
                      <Table.Td colSpan={4}>{t('outcomes.suppressed', { min: data?.minCellSize ?? '' })}</Table.Td>
                    ) : (
                      <>
                        <Table.Td>{c.persons}</Table.Td>
                        <Table.Td>{percent(c.reliableImprovementShare, i18n.language)}</Table.Td>
                        <Table.Td>{percent(c.reliableDeteriorationShare, i18n.language)}</Table.Td>
                        <Table.Td>{decimal(c.meanChange, i18n.language)}</Table.Td>
                      </>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}

type Effective = MeasurementSettingsView['effective'];
const FIELDS = [
  { key: 'minCellSize', get: (e: Effective) => e.outcomeView.minCellSize, path: '/outcomeView/minCellSize' },
  { key: 'licenceWarningDays', get: (e: Effective) => e.licenceWarningDays, path: '/licenceWarningDays' },
  { key: 'earlyAllianceSession', get: (e: Effective) => e.earlyAllianceSession, path: '/earlyAllianceSession' },
  {
    key: 'noImprovementAfterSessions',
    get: (e: Effective) => e.offTrack.noImprovementAfterSessions,
    path: '/offTrack/noImprovementAfterSessions',
  },
  { key: 'lowerPercentile', get: (e: Effective) => e.offTrack.lowerPercentile, path: '/offTrack/lowerPercentile' },
  { key: 'upperPercentile', get: (e: Effective) => e.offTrack.upperPercentile, path: '/offTrack/upperPercentile' },
  { key: 'minPersons', get: (e: Effective) => e.reference.minPersons, path: '/reference/minPersons' },
  { key: 'childFrom', get: (e: Effective) => e.ages.childFrom, path: '/ages/childFrom' },
  { key: 'youthFrom', get: (e: Effective) => e.ages.youthFrom, path: '/ages/youthFrom' },
] as const;
type FieldKey = (typeof FIELDS)[number]['key'];

/** The measurement settings: the organisation's values on top of the published defaults (settings.ts). */
function SettingsForm({ loaded }: { loaded: MeasurementSettingsView }) {
  const { t } = useTranslation();
  const save = useSaveMeasurementSettings();
  const [values, setValues] = useState<Record<FieldKey, number | ''>>(
    Object.fromEntries(FIELDS.map((f) => [f.key, f.get(loaded.effective)])) as Record<FieldKey, number | ''>,
  );
  const num = (k: FieldKey) => (values[k] === '' ? undefined : values[k]);
  const submit = () => {
    // The overrides the organisation had (per-instrument cut-offs among them) are kept; these fields replace theirs.
    const o = loaded.overrides as Record<string, Record<string, unknown> | undefined>;
    save.mutate({
      version: loaded.version,
      body: {
        ...loaded.overrides,
        outcomeView: { ...o.outcomeView, minCellSize: num('minCellSize') },
        licenceWarningDays: num('licenceWarningDays'),
        earlyAllianceSession: num('earlyAllianceSession'),
        offTrack: {
          ...o.offTrack,
          noImprovementAfterSessions: num('noImprovementAfterSessions'),
          lowerPercentile: num('lowerPercentile'),
          upperPercentile: num('upperPercentile'),
        },
        reference: { ...o.reference, minPersons: num('minPersons') },
        ages: { ...o.ages, childFrom: num('childFrom'), youthFrom: num('youthFrom') },
      },
    });
  };
  return (
    <Card withBorder>
      <Stack>
        <Title order={3} size="h4">
          {t('measurementSettings.title')}
        </Title>
        <Text size="sm">{t('measurementSettings.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {FIELDS.map((f) => (
            <NumberInput
              key={f.key}
              label={t(`measurementSettings.${f.key}`)}
              description={t(`measurementSettings.${f.key}Help`)}
              value={values[f.key]}
              onChange={(v) => setValues({ ...values, [f.key]: typeof v === 'number' ? v : '' })}
              error={fieldError(save.error, f.path, t)}
            />
          ))}
        </SimpleGrid>
        <ProblemAlert error={save.error} />
        {save.isSuccess && <Text role="status">{t('measurementSettings.saved')}</Text>}
        <Group>
          <Button onClick={submit} loading={save.isPending}>
            {t('measurementSettings.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Uitkomsten en meetinstellingen (beheerder): the outcome view and the settings it and the alerts follow. */
export function OutcomesPage() {
  const { t } = useTranslation();
  const settings = useMeasurementSettings();
  return (
    <Stack>
      <Title order={2}>{t('outcomes.title')}</Title>
      <OutcomeTable />
      <ProblemAlert error={settings.error} />
      {settings.data && <SettingsForm key={settings.data.version} loaded={settings.data} />}
    </Stack>
  );
}
