import { Anchor, Badge, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCancelSession, useMoveSession, type AgendaItem } from '../../api/agenda';
import { useMeasurementWorklist } from '../../api/measurement';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../components/field-errors';
import { DateField } from '../../components/DateField';
import { measurementLink } from '../measurement/measurement-link';

/** In a narrow week column, buttons and badges wrap their words instead of cutting them off. */
const WRAP = { root: { height: 'auto', minHeight: 'var(--button-height)' }, label: { whiteSpace: 'normal' as const } };
const WRAP_BADGE = { root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal' as const, overflow: 'visible' } };

/** One appointment on the agenda, with the record, roll call or link it opens, and "cancel/move this session". */
export function AgendaItemCard({ item, showProfessional }: { item: AgendaItem; showProfessional: boolean }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'cancel' | 'move' | null>(null);
  const [reason, setReason] = useState('');
  const [toDate, setToDate] = useState(item.date);
  const [toStart, setToStart] = useState(item.starts);
  const [toEnd, setToEnd] = useState(item.ends);
  const cancel = useCancelSession();
  const move = useMoveSession();
  const error = cancel.error ?? move.error;
  const heading = `${item.starts}–${item.ends} ${t(`agenda.kind.${item.kind}`)}${item.clientName ? ` ${item.clientName}` : ''}`;
  const trajectory = item.trajectoryId && item.clientId ? `/clienten/${item.clientId}/behandeling/${item.trajectoryId}` : null;
  // "Meting" opens the measurement due at this session (e.g. the ORS at its start) when the work list has one; one
  // request for the whole agenda (cached), otherwise the trajectory's measurements card.
  const worklist = useMeasurementWorklist(trajectory !== null && !item.cancelled);
  const due = worklist.data?.items.find((w) => w.trajectoryId === item.trajectoryId)?.due.find((d) => d.date === item.date);

  return (
    <Card withBorder padding="sm" aria-label={heading} data-testid="agenda-item">
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600} td={item.cancelled ? 'line-through' : undefined}>
            {item.starts}–{item.ends}
          </Text>
          <Text td={item.cancelled ? 'line-through' : undefined}>{t(`agenda.kind.${item.kind}`)}</Text>
          {item.cancelled && <Badge color="red.9">{t('agenda.cancelled')}</Badge>}
          {item.moved && <Badge color="blue.9">{t('agenda.moved')}</Badge>}
          {item.recurring && !item.cancelled && (
            <Badge variant="outline" color="gray.8" styles={WRAP_BADGE}>
              {t('agenda.recurring')}
            </Badge>
          )}
        </Group>
        {/* Who it is with, only when the server says the viewer may see that client; others see the time and the kind. */}
        {item.clientName && <Text fw={600}>{item.clientName}</Text>}
        {item.cancelled && item.cancelReason && (
          <Text size="sm">{t('agenda.cancelledBecause', { reason: item.cancelReason })}</Text>
        )}
        {item.room && <Text size="sm">{t('agenda.room', { name: item.room.name })}</Text>}
        {item.group && <Text size="sm">{t('agenda.group', { name: item.group.name })}</Text>}
        {!item.room && item.location && <Text size="sm">{item.location}</Text>}
        {showProfessional && item.professional && <Text size="sm">{t('agenda.with', { name: item.professional.name })}</Text>}
        <Group gap="sm" wrap="wrap">
          {trajectory && !item.cancelled && (
            <Anchor component={Link} to={`${trajectory}?sessie=${item.date}`}>
              {t('agenda.recordSession')}
            </Anchor>
          )}
          {trajectory && !item.cancelled && (
            <Anchor component={Link} to={measurementLink(item.clientId ?? '', item.trajectoryId ?? '', due)}>
              {t('agenda.openMeasurement')}
            </Anchor>
          )}
          {item.clientId && (
            <Anchor component={Link} to={`/clienten/${item.clientId}`}>
              {t('agenda.openRecord')}
            </Anchor>
          )}
          {item.occurrenceId && (
            <Anchor component={Link} to={`/presentielijst?occurrence=${item.occurrenceId}&date=${item.date}`}>
              {t('agenda.openRollCall')}
            </Anchor>
          )}
          {!item.occurrenceId && item.group && !item.cancelled && (
            <Anchor component={Link} to={`/presentielijst?date=${item.date}`}>
              {t('agenda.openRollCall')}
            </Anchor>
          )}
          {item.onlineUrl && !item.cancelled && (
            <Anchor href={item.onlineUrl} target="_blank" rel="noreferrer">
              {t('agenda.openOnline')}
            </Anchor>
          )}
        </Group>
        {item.seriesId && !item.cancelled && mode === null && (
          <Group gap="xs">
            <Button size="xs" variant="default" styles={WRAP} py={4} onClick={() => setMode('cancel')}>
              {t('agenda.cancelOne')}
            </Button>
            <Button size="xs" variant="default" styles={WRAP} py={4} onClick={() => setMode('move')}>
              {t('agenda.moveOne')}
            </Button>
          </Group>
        )}
        {mode && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (mode === 'cancel') cancel.mutate({ item, reason }, { onSuccess: () => setMode(null) });
              else move.mutate({ item, reason, toDate, toStart, toEnd }, { onSuccess: () => setMode(null) });
            }}
          >
            <Stack gap="xs">
              <TextInput
                label={t('agenda.reason')}
                value={reason}
                required
                onChange={(e) => setReason(e.currentTarget.value)}
                error={fieldError(error, '/reason', t)}
              />
              {mode === 'move' && (
                <Group grow wrap="wrap">
                  <DateField label={t('agenda.date')} value={toDate} required onChange={(v) => setToDate(v)} />
                  <TextInput
                    type="time"
                    label={t('agenda.starts')}
                    value={toStart}
                    required
                    onChange={(e) => setToStart(e.currentTarget.value)}
                  />
                  <TextInput
                    type="time"
                    label={t('agenda.ends')}
                    value={toEnd}
                    required
                    onChange={(e) => setToEnd(e.currentTarget.value)}
                    error={fieldError(error, '/exceptions', t)}
                  />
                </Group>
              )}
              <ProblemAlert error={error} />
              <Group gap="xs">
                <Button type="submit" size="xs" loading={cancel.isPending || move.isPending}>
                  {mode === 'cancel' ? t('agenda.confirmCancel') : t('agenda.confirmMove')}
                </Button>
                <Button size="xs" variant="subtle" onClick={() => setMode(null)}>
                  {t('agenda.close')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
