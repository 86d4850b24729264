import type { ParticipationPlan } from '@meedoen/core';
import {
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUploadPortfolioFile } from '../../api/daginvulling';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayIso } from '../../dates';
import { formatDate } from '../../i18n/format';
import { DateField } from '../../components/DateField';

type PortfolioItem = ParticipationPlan['portfolio'][number];
const KINDS: PortfolioItem['kind'][] = ['ervaring', 'certificaat', 'werkstuk'];
const FILE_TYPES = 'application/pdf,image/png,image/jpeg';

/** What the person is proud of: experiences, certificates, work — with a photo or PDF if they like (003 L1912-1915). */
export function PortfolioSection(props: {
  clientId: string;
  items: PortfolioItem[];
  saving: boolean;
  onAdd: (item: PortfolioItem) => void;
}) {
  const { t, i18n } = useTranslation();
  const upload = useUploadPortfolioFile(props.clientId);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<PortfolioItem['kind']>('ervaring');
  const [date, setDate] = useState(todayIso());
  const [description, setDescription] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fileId = file ? (await upload.mutateAsync(file).catch(() => null))?.id : null;
    if (file && !fileId) return; // the upload's problem is shown; nothing is added without its file
    props.onAdd({ title, kind, date, description, fileId: fileId ?? null });
    setTitle('');
    setDescription('');
    setFile(null);
  };
  return (
    <Card withBorder component="section" aria-labelledby="portfolio-title">
      <Title id="portfolio-title" order={3} size="h4" mb="xs">
        {t('myPlan.portfolio')}
      </Title>
      {props.items.length === 0 ? (
        <Text c="dimmed">{t('portfolio.empty')}</Text>
      ) : (
        <List spacing="xs">
          {props.items.map((item) => (
            <List.Item key={`${item.title}-${item.date}`}>
              <Text span fw={600}>
                {item.title}
              </Text>{' '}
              · {t(`portfolio.kind.${item.kind}`)} · {formatDate(item.date, i18n.language)}
              {item.description && <Text size="sm">{item.description}</Text>}
              {item.fileId && (
                <Anchor href={`/api/v1/clients/${props.clientId}/portfolio-files/${item.fileId}`} size="sm">
                  {t('portfolio.openFile', { title: item.title })}
                </Anchor>
              )}
            </List.Item>
          ))}
        </List>
      )}
      <Stack component="form" onSubmit={(e) => void submit(e)} mt="md" gap="sm" aria-label={t('portfolio.add')}>
        <Text fw={600}>{t('portfolio.add')}</Text>
        <ProblemAlert error={upload.error} />
        {/* One field under the other on a phone: three side by side cut the kind and the date off at 390 px. */}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            size="lg"
            label={t('portfolio.title')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <Select
            size="lg"
            label={t('portfolio.kindLabel')}
            data={KINDS.map((k) => ({ value: k, label: t(`portfolio.kind.${k}`) }))}
            value={kind}
            onChange={(v) => setKind((v ?? 'ervaring') as PortfolioItem['kind'])}
            allowDeselect={false}
          />
          <DateField size="lg" label={t('portfolio.date')} value={date} onChange={(v) => setDate(v)} />
        </SimpleGrid>
        <Textarea
          size="lg"
          autosize
          label={t('portfolio.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <FileInput
          size="lg"
          clearable
          accept={FILE_TYPES}
          label={t('portfolio.file')}
          description={t('portfolio.fileHelp')}
          placeholder={t('portfolio.choose')}
          value={file}
          onChange={setFile}
        />
        <Group>
          <Button type="submit" size="lg" loading={upload.isPending || props.saving} disabled={!title.trim()}>
            {t('portfolio.addAndSave')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
