import { CONTACT_MOMENT_CHANNELS, CONTACT_MOMENT_KINDS, CONTACT_MOMENT_LIMITS } from '@meedoen/core';
import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
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
import { ApiError } from '../../api/client';
import { useContactMoments, useRecordContactMoment, type ContactMoment, type ContactMomentBody } from '../../api/contact-moments';
import { DateField } from '../../components/DateField';
import { fieldError } from '../../components/field-errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayIso } from '../../dates';

/** A date as the job coach writes it: dd-mm-jjjj. */
const dutchDate = (iso: string) => iso.slice(0, 10).split('-').reverse().join('-');

interface Draft {
  date: string;
  minutes: number | null;
  kind: ContactMomentBody['kind'];
  channel: ContactMomentBody['channel'];
  place: string;
  report: string;
  nextStep: string;
  nextAppointment: string;
}

/** Every choice starts empty: the job coach says what happened, nothing is filled in for them. */
const EMPTY: Draft = {
  date: '',
  minutes: null,
  kind: null,
  channel: null,
  place: '',
  report: '',
  nextStep: '',
  nextAppointment: '',
};

/**
 * The job coach's contact moments with the person (issue 14; 003 L1677-1684, L3254-3257): the list reads back what was
 * written, newest first; the form is there only when the server says the caller may record (care team or the person's
 * shared part, and a coaching role).
 */
export function ContactMomentsSection({ clientId, name }: { clientId: string; name: string }) {
  const { t } = useTranslation();
  const moments = useContactMoments(clientId);
  // 003 L1912-1915: the person chose not to share them with this kind of party; said in words, not as an error.
  const notShared = moments.error instanceof ApiError && moments.error.code === 'access.not_disclosed';
  return (
    <Card withBorder component="section" aria-labelledby="contact-moments-heading" id="contactmomenten">
      <Title order={3} size="h4" id="contact-moments-heading" mb="xs">
        {t('contactMoments.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('contactMoments.intro', { name })}
      </Text>
      {moments.isPending && <Loader size="sm" role="status" aria-label={t('app.loading')} />}
      {notShared ? <Text>{t('contactMoments.notShared', { name })}</Text> : <ProblemAlert error={moments.error} />}
      {moments.data && (
        <Stack>
          {moments.data.canRecord && <ContactMomentForm clientId={clientId} />}
          <ContactMomentList items={moments.data.items} />
        </Stack>
      )}
    </Card>
  );
}

export function ContactMomentList({ items }: { items: readonly ContactMoment[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text c="dimmed">{t('contactMoments.none')}</Text>;
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('contactMoments.title')}>
      {items.map((m) => (
        <Card withBorder component="li" key={m.id} padding="sm">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text fw={600}>
              {dutchDate(m.date)} · {t(`contactKind.${m.kind}`)}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`contactChannel.${m.channel}`)} · {t('contactMoments.duration', { minutes: m.minutes })} ·{' '}
              {t('contactMoments.by', { name: m.recordedByName })}
              {m.correctedAt ? ` · ${t('contactMoments.corrected')}` : ''}
            </Text>
          </Group>
          {m.place && <Text size="sm">{m.place}</Text>}
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{m.report}</Text>
          {m.nextStep && (
            <Text size="sm">
              <strong>{t('timeline.field.nextStep')}:</strong> {m.nextStep}
            </Text>
          )}
          {m.nextAppointment && (
            <Text size="sm">
              <strong>{t('timeline.field.nextAppointment')}:</strong> {dutchDate(m.nextAppointment)}
            </Text>
          )}
        </Card>
      ))}
    </Stack>
  );
}

function ContactMomentForm({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const save = useRecordContactMoment(clientId);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [missing, setMissing] = useState<{ date?: boolean; minutes?: boolean }>({});
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: 'place' | 'report' | 'nextStep') => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value; // read now: React clears the event's target after the handler
    set(key, value);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const lacking = { date: draft.date === '', minutes: draft.minutes === null };
    setMissing(lacking);
    if (lacking.date || lacking.minutes || draft.minutes === null) return;
    save.mutate(
      {
        date: draft.date,
        minutes: draft.minutes,
        kind: draft.kind,
        channel: draft.channel,
        place: draft.place,
        report: draft.report,
        nextStep: draft.nextStep,
        nextAppointment: draft.nextAppointment === '' ? null : draft.nextAppointment,
      },
      { onSuccess: () => setDraft(EMPTY) },
    );
  };
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="contact-moment-form-heading" bg="gray.0">
      <Title order={4} size="h5" id="contact-moment-form-heading" mb="xs">
        {t('contactMoments.record')}
      </Title>
      <Stack gap="sm">
        {save.isSuccess && (
          <Alert color="teal" role="status">
            {t('contactMoments.saved')}
          </Alert>
        )}
        <ProblemAlert error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField
            label={t('contactMoments.date')}
            required
            maxDate={todayIso()}
            value={draft.date}
            onChange={(date) => set('date', date)}
            error={missing.date ? t('contactMoments.dateRequired') : fieldError(save.error, '/date', t)}
          />
          <NumberInput
            label={t('contactMoments.minutes')}
            required
            min={CONTACT_MOMENT_LIMITS.minMinutes}
            max={CONTACT_MOMENT_LIMITS.maxMinutes}
            allowDecimal={false}
            allowNegative={false}
            value={draft.minutes ?? ''}
            onChange={(value) => set('minutes', typeof value === 'number' ? value : null)}
            error={missing.minutes ? t('contactMoments.minutesRequired') : fieldError(save.error, '/minutes', t)}
          />
          <Select
            label={t('contactMoments.kind')}
            required
            placeholder={t('contactMoments.choose')}
            data={CONTACT_MOMENT_KINDS.map((kind) => ({ value: kind, label: t(`contactKind.${kind}`) }))}
            value={draft.kind}
            onChange={(value) => set('kind', value as Draft['kind'])}
            error={fieldError(save.error, '/kind', t)}
          />
          <Select
            label={t('contactMoments.channel')}
            required
            placeholder={t('contactMoments.choose')}
            data={CONTACT_MOMENT_CHANNELS.map((channel) => ({ value: channel, label: t(`contactChannel.${channel}`) }))}
            value={draft.channel}
            onChange={(value) => set('channel', value as Draft['channel'])}
            error={fieldError(save.error, '/channel', t)}
          />
        </SimpleGrid>
        <TextInput
          label={t('contactMoments.place')}
          maxLength={CONTACT_MOMENT_LIMITS.placeMaxLength}
          value={draft.place}
          onChange={text('place')}
          error={fieldError(save.error, '/place', t)}
        />
        <Textarea
          label={t('contactMoments.report')}
          required
          autosize
          minRows={3}
          maxLength={CONTACT_MOMENT_LIMITS.reportMaxLength}
          value={draft.report}
          onChange={text('report')}
          error={fieldError(save.error, '/report', t)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('contactMoments.nextStep')}
            maxLength={CONTACT_MOMENT_LIMITS.nextStepMaxLength}
            value={draft.nextStep}
            onChange={text('nextStep')}
            error={fieldError(save.error, '/nextStep', t)}
          />
          <DateField
            label={t('contactMoments.nextAppointment')}
            value={draft.nextAppointment}
            onChange={(date) => set('nextAppointment', date)}
            error={fieldError(save.error, '/nextAppointment', t)}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('contactMoments.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
