import { Accordion, Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useClientRecord } from '../../api/clients';
import { useTimeline, type TimelineItem } from '../../api/worklist';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { RecordTabs } from './RecordTabs';

const PAGE_SIZE = 20;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A key from the code lists when there is one; otherwise the fallback (never a raw code on screen). */
function known(t: TFunction, exists: (key: string) => boolean, key: string, fallback: string): string {
  return exists(key) ? t(key) : fallback;
}

/** The record read back: everything written about the person, newest first; each item opens to its full text. */
export function TimelinePage() {
  const { t, i18n } = useTranslation();
  const { clientId = '' } = useParams();
  const [page, setPage] = useState(1);
  const record = useClientRecord(clientId);
  const timeline = useTimeline(clientId, page, PAGE_SIZE);
  const exists = (key: string) => i18n.exists(key);
  const date = (iso: string) => formatDate(iso, i18n.language);

  const title = (item: TimelineItem): string => {
    const kind = t(`timeline.kind.${item.kind}`);
    switch (item.kind) {
      case 'session':
        return `${kind} · ${known(t, exists, `sessionForm.${item.label}`, '')}`;
      case 'evaluation':
        return `${kind} · ${known(t, exists, `decision.${item.label}`, '')}`;
      case 'plan_version':
      case 'plan_agreed':
      case 'participation_plan_version':
        return `${kind} ${item.label}`;
      case 'referral':
        return `${kind} · ${known(t, exists, `discipline.${item.label}`, '')}`;
      case 'treatment_step':
        return `${kind} · ${known(t, exists, `timeline.step.${item.label}`, '')}`;
      case 'measurement':
        return `${kind} · ${item.label.toUpperCase()}`;
      case 'attendance':
        return `${kind} · ${known(t, exists, `attendance.${item.label}`, '')}`;
      case 'contact_moment':
        return `${kind} · ${known(t, exists, `contactKind.${item.label}`, '')}`;
      default:
        return kind;
    }
  };

  const fieldLabel = (name: string): string => {
    const parts = name.split('.');
    const last = parts.at(-1) ?? name;
    if (parts[0] === 'plan')
      return known(t, exists, `planField.${last}`, known(t, exists, `planPart.${last}`, t('timeline.otherField')));
    if (parts[0] === 'process') return known(t, exists, `processItem.${last}`, t('timeline.otherField'));
    if (parts[0] === 'score') return t('timeline.field.score');
    return known(t, exists, `timeline.field.${last}`, t('timeline.otherField'));
  };

  const fieldValue = (name: string, value: string): string => {
    if (value === 'true') return t('timeline.yes');
    if (value === 'false') return t('timeline.no');
    if (ISO_DATE.test(value)) return date(value);
    if (name === 'decision') return known(t, exists, `decision.${value}`, value);
    if (name === 'agreedBy' || name === 'givenBy') return known(t, exists, `agreedBy.${value}`, value);
    if (name === 'requestType') return known(t, exists, `requestType.${value}`, value);
    if (name === 'channel') return known(t, exists, `contactChannel.${value}`, value);
    return value;
  };

  return (
    <Stack>
      <Title order={2}>
        {record.data ? `${record.data.client.givenName} ${record.data.client.familyName}` : t('timeline.title')}
      </Title>
      <RecordTabs clientId={clientId} active="timeline" />
      <Text c="dimmed">{t('timeline.help')}</Text>
      {timeline.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={timeline.error} />
      {timeline.data?.items.length === 0 && <Text>{t('timeline.empty')}</Text>}
      <Accordion variant="separated" multiple>
        {timeline.data?.items.map((item) => (
          <Accordion.Item key={item.id} value={item.id}>
            <Accordion.Control>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Text fw={600}>{title(item)}</Text>
                <Text size="sm" c="dimmed">
                  {date(item.date)} · {item.authorName ?? t('timeline.unknownAuthor')}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                {item.fields
                  .filter((f) => f.value !== '')
                  .map((f, index) => (
                    <div key={`${f.name}-${index}`}>
                      <Text fw={600} size="sm">
                        {fieldLabel(f.name)}
                      </Text>
                      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{fieldValue(f.name, f.value)}</Text>
                    </div>
                  ))}
              </Stack>
              <Text size="sm" c="dimmed" mt="xs">
                {t('timeline.byOn', { name: item.authorName ?? t('timeline.unknownAuthor'), date: date(item.at) })}
              </Text>
              {item.trajectoryId && (
                <Anchor component={Link} to={`/clienten/${clientId}/behandeling/${item.trajectoryId}`} size="sm">
                  {t('timeline.openTrajectory')}
                </Anchor>
              )}
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      {timeline.data && timeline.data.total > PAGE_SIZE && (
        <Group>
          <Button variant="default" disabled={page === 1} onClick={() => setPage((p) => p - 1)}>
            {t('timeline.newer')}
          </Button>
          <Text size="sm">{t('timeline.page', { page, pages: Math.ceil(timeline.data.total / PAGE_SIZE) })}</Text>
          <Button variant="default" disabled={page * PAGE_SIZE >= timeline.data.total} onClick={() => setPage((p) => p + 1)}>
            {t('timeline.older')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
