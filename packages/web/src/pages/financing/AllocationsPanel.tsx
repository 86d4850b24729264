import { Alert, Badge, Button, Card, FileInput, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllocations, useImportWmo301, useLinkEnrolment, type AllocationView } from '../../api/financing';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';

const keyOf = (a: { municipalityCode: string; allocationNumber: string }) => `${a.municipalityCode}/${a.allocationNumber}`;

/** Read in a municipality's 301 messages: the file's allocations land on the client whose BSN it names. */
function Wmo301Import() {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const importing = useImportWmo301();
  const read = async () => {
    const payload = await Promise.all(files.map(async (file) => ({ name: file.name, xml: await file.text() })));
    importing.mutate(payload, { onSuccess: () => setFiles([]) });
  };
  const result = importing.data?.files.flatMap((f) => f.allocations) ?? [];
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={4}>{t('allocations.importTitle')}</Title>
        <Text size="sm">{t('allocations.importHelp')}</Text>
        <FileInput
          label={t('allocations.importFiles')}
          multiple
          accept=".xml,text/xml,application/xml"
          value={files}
          onChange={setFiles}
          clearable
        />
        <Group>
          <Button onClick={() => void read()} disabled={files.length === 0} loading={importing.isPending}>
            {t('allocations.importButton')}
          </Button>
        </Group>
        {importing.error && <ProblemAlert error={importing.error} />}
        {importing.isSuccess && (
          <Alert color="green" role="status">
            {t('allocations.imported', {
              imported: result.filter((a) => a.status === 'imported').length,
              unchanged: result.filter((a) => a.status === 'unchanged').length,
            })}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

function AllocationCard({ a }: { a: AllocationView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const volume =
    a.volume === null ? t('allocations.noVolume') : `${a.volume} ${t(`unit.${a.unit}`)} ${t(`wmoFrequency.${a.frequency}`)}`;
  return (
    <Card withBorder>
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap">
          <Text fw={600}>
            {t('allocations.heading', {
              number: a.allocationNumber,
              category: t(`wmoCategory.${a.productCategory}`, { defaultValue: t('allocations.otherCategory') }),
            })}
          </Text>
          <Badge variant="light">{t(`allocations.source.${a.source}`)}</Badge>
        </Group>
        <Text size="sm">
          {t('allocations.details', {
            municipality: a.municipalityCode,
            volume,
            from: formatDate(a.from, language),
            until: a.until ? formatDate(a.until, language) : t('allocations.openEnded'),
          })}
        </Text>
        <Text size="sm">
          {a.use.allowed === null
            ? t('allocations.deliveredNoCap', { delivered: a.use.delivered, unit: t(`unit.${a.unit}`) })
            : t('allocations.delivered', { delivered: a.use.delivered, allowed: a.use.allowed, unit: t(`unit.${a.unit}`) })}
        </Text>
        {a.use.exceededBy > 0 && (
          <Alert color="orange" p="xs" role="alert">
            {t('allocations.exceeded', { count: a.use.exceededBy, unit: t(`unit.${a.unit}`) })}
          </Alert>
        )}
        {a.use.daysOutsidePeriod.length > 0 && (
          <Alert color="orange" p="xs" role="alert">
            {t('allocations.outsidePeriod', {
              days: a.use.daysOutsidePeriod.map((d) => formatDate(d, language)).join(', '),
            })}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

/** The client's Wmo allocations (toewijzingen): where they came from, what was delivered this month, and links. */
export function AllocationsPanel({ clientId, canWrite, month }: { clientId: string; canWrite: boolean; month: string }) {
  const { t } = useTranslation();
  const overview = useAllocations(clientId, month);
  const link = useLinkEnrolment(clientId);
  const [choice, setChoice] = useState<Record<string, string | null>>({});
  if (overview.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (overview.error) return <ProblemAlert error={overview.error} />;
  const { allocations, enrolments } = overview.data;
  const wmoEnrolments = enrolments.filter((e) => e.financer === 'wmo');
  const options = allocations
    .filter((a) => a.productCategory === '07')
    .map((a) => ({
      value: keyOf(a),
      label: t('allocations.option', { number: a.allocationNumber, municipality: a.municipalityCode }),
    }));
  return (
    <Stack gap="sm">
      <Text size="sm">{t('allocations.help')}</Text>
      {allocations.length === 0 ? (
        <Text c="dimmed">{t('allocations.none')}</Text>
      ) : (
        allocations.map((a) => <AllocationCard key={keyOf(a)} a={a} />)
      )}
      {wmoEnrolments.length > 0 && (
        <Card withBorder>
          <Stack gap="xs">
            <Title order={4}>{t('allocations.linkTitle')}</Title>
            {wmoEnrolments.map((e) => {
              const current = e.allocationNumber ? `${e.allocationMunicipalityCode}/${e.allocationNumber}` : null;
              const selected = e.id in choice ? (choice[e.id] ?? null) : current;
              const name = e.groupName ? `${e.offerName} – ${e.groupName}` : e.offerName;
              return (
                <Stack key={e.id} gap={4}>
                  <Text size="sm">
                    {current
                      ? t('allocations.linkedTo', { name, number: e.allocationNumber })
                      : t('allocations.notLinked', { name })}
                  </Text>
                  {canWrite && (
                    <Group align="end" wrap="wrap">
                      <Select
                        label={t('allocations.linkLabel', { name })}
                        placeholder={t('allocations.choose')}
                        data={options}
                        value={selected}
                        onChange={(value) => setChoice({ ...choice, [e.id]: value })}
                        clearable
                        w={280}
                      />
                      <Button
                        variant="light"
                        disabled={selected === current}
                        loading={link.isPending}
                        onClick={() => {
                          const [municipalityCode, allocationNumber] = (selected ?? '').split('/');
                          link.mutate({
                            enrolmentId: e.id,
                            allocation:
                              selected && municipalityCode && allocationNumber ? { municipalityCode, allocationNumber } : null,
                          });
                        }}
                      >
                        {t('allocations.linkSave')}
                      </Button>
                    </Group>
                  )}
                </Stack>
              );
            })}
            {link.error && <ProblemAlert error={link.error} />}
          </Stack>
        </Card>
      )}
      {canWrite && <Wmo301Import />}
    </Stack>
  );
}
