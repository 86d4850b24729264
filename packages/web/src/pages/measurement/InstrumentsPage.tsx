import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useInstruments,
  useLoadContent,
  useRecordLicence,
  useSetupInstrument,
  type ContentBody,
  type InstrumentRow,
  type InstrumentsView,
} from '../../api/measurement';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { DateField } from '../../components/DateField';

/** The three steps for one instrument: record the licence, load the licensed content, switch it on (design §4). */
function InstrumentSetupCard({ row, view }: { row: InstrumentRow; view: InstrumentsView }) {
  const { t, i18n } = useTranslation();
  const recordLicence = useRecordLicence();
  const loadContent = useLoadContent();
  const setup = useSetupInstrument();
  const [licence, setLicence] = useState({ holder: '', reference: '', validFrom: '', validUntil: '', digitalUse: false });
  const [json, setJson] = useState('');
  const [jsonError, setJsonError] = useState(false);
  const licences = view.licences.filter((l) => l.instrumentId === row.id);
  const contents = view.contents.filter((c) => c.instrumentId === row.id);
  const latestLicence = licences.at(-1) ?? null;
  const latestContent = contents.at(-1) ?? null;
  const licensed = row.licence.status === 'licensed';
  const enabled = row.setup?.enabled ?? false;
  const toggle = () =>
    setup.mutate({
      id: row.id,
      version: row.setup?.version ?? 0,
      enabled: !enabled,
      licenceId: latestLicence?.id ?? null,
      contentId: latestContent?.id ?? null,
    });
  return (
    <Card withBorder>
      <Title order={3} size="h4">
        {row.abbreviation} · {row.name[i18n.language === 'en' ? 'en' : 'nl']}
      </Title>
      <Text size="sm">{licensed ? t('instruments.licensedNote') : t('instruments.openNote')}</Text>
      {licensed && (
        <Stack mt="sm" gap="xs">
          <Title order={4} size="h5">
            {t('instruments.step1')}
          </Title>
          {latestLicence && (
            <Text size="sm">
              {t('instruments.licenceRecorded', {
                holder: latestLicence.holder,
                reference: latestLicence.reference,
                from: formatDate(latestLicence.validFrom, i18n.language),
                until: latestLicence.validUntil ? formatDate(latestLicence.validUntil, i18n.language) : t('instruments.noEnd'),
              })}
              {latestLicence.digitalUse ? ` ${t('instruments.digitalAllowed')}` : ` ${t('instruments.paperOnly')}`}
            </Text>
          )}
          <Group grow>
            <TextInput
              label={t('instruments.holder')}
              value={licence.holder}
              onChange={(e) => setLicence({ ...licence, holder: e.currentTarget.value })}
            />
            <TextInput
              label={t('instruments.reference')}
              value={licence.reference}
              onChange={(e) => setLicence({ ...licence, reference: e.currentTarget.value })}
            />
          </Group>
          <Group grow>
            <DateField
              label={t('instruments.validFrom')}
              value={licence.validFrom}
              onChange={(v) => setLicence({ ...licence, validFrom: v })}
            />
            <DateField
              label={t('instruments.validUntil')}
              value={licence.validUntil}
              onChange={(v) => setLicence({ ...licence, validUntil: v })}
            />
          </Group>
          <Checkbox
            label={t('instruments.digitalUse')}
            checked={licence.digitalUse}
            onChange={(e) => setLicence({ ...licence, digitalUse: e.currentTarget.checked })}
          />
          <ProblemAlert error={recordLicence.error} />
          <Button
            w="fit-content"
            loading={recordLicence.isPending}
            onClick={() => recordLicence.mutate({ instrumentId: row.id, ...licence, validUntil: licence.validUntil || null })}
          >
            {t('instruments.recordLicence')}
          </Button>
        </Stack>
      )}
      {row.content !== 'none' && (
        <Stack mt="sm" gap="xs">
          <Title order={4} size="h5">
            {t('instruments.step2')}
          </Title>
          {latestContent && <Text size="sm">{t('instruments.contentLoaded', { edition: latestContent.edition })}</Text>}
          <Textarea
            label={t('instruments.contentJson')}
            description={t('instruments.contentHelp')}
            autosize
            minRows={3}
            value={json}
            error={jsonError ? t('instruments.jsonInvalid') : undefined}
            onChange={(e) => setJson(e.currentTarget.value)}
          />
          <ProblemAlert error={loadContent.error} />
          <Button
            w="fit-content"
            loading={loadContent.isPending}
            onClick={() => {
              try {
                const parsed: unknown = JSON.parse(json);
                setJsonError(false);
                // The pasted JSON is checked by the server, which lists every error with its path.
                loadContent.mutate({ ...(parsed as ContentBody), instrumentId: row.id });
              } catch {
                setJsonError(true);
              }
            }}
          >
            {t('instruments.loadContent')}
          </Button>
        </Stack>
      )}
      <Stack mt="sm" gap="xs">
        <Title order={4} size="h5">
          {licensed || row.content !== 'none' ? t('instruments.step3') : t('instruments.switch')}
        </Title>
        <ProblemAlert error={setup.error} />
        <Button w="fit-content" variant={enabled ? 'default' : 'filled'} loading={setup.isPending} onClick={toggle}>
          {enabled ? t('instruments.disable', { name: row.abbreviation }) : t('instruments.enable', { name: row.abbreviation })}
        </Button>
      </Stack>
    </Card>
  );
}

/** Instellingen → Meetinstrumenten: per instrument its licence status and whether it can be used (beheerder). */
export function InstrumentsPage() {
  const { t, i18n } = useTranslation();
  const { data, error, isPending } = useInstruments();
  const [open, setOpen] = useState<string | null>(null);
  if (isPending) return <Loader aria-label={t('app.loading')} />;
  if (!data) return <ProblemAlert error={error} />;
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const row = data.instruments.find((i) => i.id === open) ?? null;
  return (
    <Stack>
      <Title order={2}>{t('instruments.title')}</Title>
      <Text>{t('instruments.intro')}</Text>
      {data.licenceWarnings.length > 0 && (
        <Alert color="orange" title={t('instruments.licenceWarnings')} styles={{ title: { color: 'var(--mantine-color-text)' } }}>
          <Stack gap={4}>
            {data.licenceWarnings.map((w) => (
              <Text key={w.instrumentId} size="sm">
                {t(w.status === 'expired' ? 'instruments.licenceExpired' : 'instruments.licenceEnding', {
                  instrument: data.instruments.find((i) => i.id === w.instrumentId)?.abbreviation ?? '',
                  date: formatDate(w.validUntil, i18n.language),
                  days: w.daysLeft,
                })}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('instruments.instrument')}</Table.Th>
            <Table.Th>{t('instruments.licence')}</Table.Th>
            <Table.Th>{t('instruments.status')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.instruments.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>
                {i.abbreviation} · {i.name[lang]}
              </Table.Td>
              <Table.Td>{t(`instruments.licenceStatus.${i.licence.status}`)}</Table.Td>
              <Table.Td>
                {i.setup?.enabled ? (
                  <Badge color="green.9">{t('instruments.on')}</Badge>
                ) : (
                  <Badge color="gray.8">{t('instruments.off')}</Badge>
                )}{' '}
                {i.setup?.enabled && i.usable.paper.length > 0 && (
                  <Text size="sm" span>
                    {i.usable.paper.map((code) => t(`problem.${code}`)).join(' ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => setOpen(i.id)}
                  aria-label={t('instruments.setUp', { name: i.abbreviation })}
                >
                  {t('instruments.open')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {row && <InstrumentSetupCard key={row.id} row={row} view={data} />}
    </Stack>
  );
}
