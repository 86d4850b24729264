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
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  fetchContactMoments,
  useContactMoments,
  useContactMomentVersions,
  useCorrectContactMoment,
  useRecordContactMoment,
  type ContactMoment,
  type ContactMomentBody,
} from '../../api/contact-moments';
import { DateField } from '../../components/DateField';
import { fieldError } from '../../components/field-errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayIso } from '../../dates';

/** A date as the job coach writes it: dd-mm-jjjj. */
const dutchDate = (iso: string) => iso.slice(0, 10).split('-').reverse().join('-');

/** A moment in Dutch time as dd-mm-jjjj and uu:mm. */
function dutchMoment(iso: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('nl-NL', {
      timeZone: 'Europe/Amsterdam',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts['day']}-${parts['month']}-${parts['year']}`, time: `${parts['hour']}:${parts['minute']}` };
}

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

/** A correction starts from the version being corrected: that is the document the job coach changes. */
const draftOf = (m: ContactMoment): Draft => ({
  date: m.date,
  minutes: m.minutes,
  kind: m.kind,
  channel: m.channel,
  place: m.place,
  report: m.report,
  nextStep: m.nextStep,
  nextAppointment: m.nextAppointment ?? '',
});

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
          <ContactMomentList clientId={clientId} items={moments.data.items} canCorrect={moments.data.canRecord} />
        </Stack>
      )}
    </Card>
  );
}

/**
 * The moments, newest first. The author corrects their own moment while they may still record (the server says so
 * with `recordedByMe` and `canRecord`, and checks again); a corrected moment says when and by whom, and every reader
 * may open the earlier versions.
 */
export function ContactMomentList({
  clientId,
  items,
  canCorrect,
}: {
  clientId: string;
  items: readonly ContactMoment[];
  canCorrect: boolean;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text c="dimmed">{t('contactMoments.none')}</Text>;
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('contactMoments.title')}>
      {items.map((m) => (
        <ContactMomentItem key={m.id} clientId={clientId} moment={m} canCorrect={canCorrect && m.recordedByMe} />
      ))}
    </Stack>
  );
}

/** What one version says: the day and kind, how and how long, where, the report, the next step and appointment. */
function MomentText({ m, by }: { m: Omit<ContactMoment, 'id'> | ContactMomentVersionText; by: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={600}>
          {dutchDate(m.date)} · {t(`contactKind.${m.kind}`)}
        </Text>
        <Text size="sm" c="dimmed">
          {t(`contactChannel.${m.channel}`)} · {t('contactMoments.duration', { minutes: m.minutes })} ·{' '}
          {t('contactMoments.by', { name: by })}
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
    </>
  );
}

type ContactMomentVersionText = Pick<
  ContactMoment,
  'date' | 'minutes' | 'kind' | 'channel' | 'place' | 'report' | 'nextStep' | 'nextAppointment'
>;

function ContactMomentItem({
  clientId,
  moment: m,
  canCorrect,
}: {
  clientId: string;
  moment: ContactMoment;
  canCorrect: boolean;
}) {
  const { t } = useTranslation();
  const [correcting, setCorrecting] = useState(false);
  const [corrected, setCorrected] = useState(false);
  const [showEarlier, setShowEarlier] = useState(false);
  const when = m.correctedAt ? dutchMoment(m.correctedAt) : null;
  return (
    <Card withBorder component="li" padding="sm">
      <MomentText m={m} by={m.recordedByName} />
      {when && (
        <Text size="sm" c="dimmed" mt={4}>
          {t('contactMoments.correctedOn', { ...when, name: m.correctedByName ?? m.recordedByName, version: m.version })}
        </Text>
      )}
      {corrected && !correcting && (
        <Alert color="teal" role="status" mt="xs">
          {t('contactMoments.correctionSaved')}
        </Alert>
      )}
      {!correcting && (canCorrect || m.version > 1) && (
        <Group gap="xs" mt="xs">
          {canCorrect && (
            <Button
              size="xs"
              variant="light"
              aria-label={t('contactMoments.correctFor', { date: dutchDate(m.date) })}
              onClick={() => {
                setCorrected(false);
                setCorrecting(true);
              }}
            >
              {t('contactMoments.correct')}
            </Button>
          )}
          {m.version > 1 && (
            <Button size="xs" variant="subtle" aria-expanded={showEarlier} onClick={() => setShowEarlier((v) => !v)}>
              {showEarlier ? t('contactMoments.hideEarlier') : t('contactMoments.showEarlier')}
            </Button>
          )}
        </Group>
      )}
      {showEarlier && !correcting && <EarlierVersions clientId={clientId} moment={m} />}
      {correcting && (
        <ContactMomentForm
          clientId={clientId}
          correcting={m}
          onDone={(saved) => {
            setCorrecting(false);
            setCorrected(saved);
          }}
        />
      )}
    </Card>
  );
}

/** The versions before the current one, newest first, each with who wrote it and when. */
function EarlierVersions({ clientId, moment }: { clientId: string; moment: ContactMoment }) {
  const { t } = useTranslation();
  const versions = useContactMomentVersions(clientId, moment.id, moment.version, true);
  const earlier = versions.data?.items.filter((v) => v.version !== moment.version) ?? [];
  return (
    <Stack gap="xs" mt="xs" component="section" aria-label={t('contactMoments.earlierVersions')}>
      {versions.isPending && <Loader size="sm" role="status" aria-label={t('app.loading')} />}
      <ProblemAlert error={versions.error} />
      {earlier.map((v) => {
        const when = dutchMoment(v.writtenAt);
        return (
          <Card key={v.version} withBorder padding="xs" bg="gray.0">
            <Text size="sm" fw={600}>
              {t('contactMoments.versionWritten', { version: v.version, ...when, name: v.writtenByName })}
            </Text>
            <MomentText m={v} by={v.writtenByName} />
          </Card>
        );
      })}
    </Stack>
  );
}

/**
 * Record a new moment, or correct one's own (`correcting`): the form then starts from that version and sends it as
 * If-Match. When someone changed it meanwhile (409) the newest version is read and shown above the form, the text
 * typed here stays, and the next save corrects that newest version.
 */
function ContactMomentForm({
  clientId,
  correcting,
  onDone,
}: {
  clientId: string;
  correcting?: ContactMoment;
  onDone?: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const record = useRecordContactMoment(clientId);
  const correct = useCorrectContactMoment(clientId);
  const save = correcting ? correct : record;
  const [draft, setDraft] = useState<Draft>(correcting ? draftOf(correcting) : EMPTY);
  // The version this form corrects: the one opened, or after a conflict the newest one shown.
  const [baseVersion, setBaseVersion] = useState(correcting?.version ?? 0);
  const [newest, setNewest] = useState<ContactMoment | null>(null);
  const [missing, setMissing] = useState<{ date?: boolean; minutes?: boolean }>({});
  const conflict = save.error instanceof ApiError && save.error.code === 'resource.version_conflict';
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: 'place' | 'report' | 'nextStep') => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value; // read now: React clears the event's target after the handler
    set(key, value);
  };
  /** After a 409: read the moment as it is now; the draft stays as typed. */
  const readNewest = async (momentId: string) => {
    const fresh = await queryClient.fetchQuery({
      queryKey: ['contact-moments', clientId],
      queryFn: () => fetchContactMoments(clientId),
      staleTime: 0,
    });
    const latest = fresh.items.find((m) => m.id === momentId);
    if (latest) {
      setNewest(latest);
      setBaseVersion(latest.version);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const lacking = { date: draft.date === '', minutes: draft.minutes === null };
    setMissing(lacking);
    if (lacking.date || lacking.minutes || draft.minutes === null) return;
    const body: ContactMomentBody = {
      date: draft.date,
      minutes: draft.minutes,
      kind: draft.kind,
      channel: draft.channel,
      place: draft.place,
      report: draft.report,
      nextStep: draft.nextStep,
      nextAppointment: draft.nextAppointment === '' ? null : draft.nextAppointment,
    };
    if (correcting)
      correct.mutate(
        { momentId: correcting.id, version: baseVersion, body },
        {
          onSuccess: () => onDone?.(true),
          onError: (error) => {
            if (error instanceof ApiError && error.code === 'resource.version_conflict') void readNewest(correcting.id);
          },
        },
      );
    else record.mutate(body, { onSuccess: () => setDraft(EMPTY) });
  };
  const headingId = correcting ? `contact-moment-correct-${correcting.id}` : 'contact-moment-form-heading';
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby={headingId} bg="gray.0" mt={correcting ? 'sm' : 0}>
      <Title order={4} size="h5" id={headingId} mb="xs">
        {correcting ? t('contactMoments.correctTitle', { date: dutchDate(correcting.date) }) : t('contactMoments.record')}
      </Title>
      <Stack gap="sm">
        {record.isSuccess && !correcting && (
          <Alert color="teal" role="status">
            {t('contactMoments.saved')}
          </Alert>
        )}
        {conflict ? (
          <Alert
            color="orange"
            role="alert"
            title={t('contactMoments.conflictTitle')}
            // The title in the text colour: orange on light orange is too faint (axe color-contrast).
            styles={{ title: { color: 'var(--mantine-color-text)' } }}
          >
            {t('contactMoments.conflict')}
          </Alert>
        ) : (
          <ProblemAlert error={save.error} />
        )}
        {newest && (
          <Card withBorder padding="xs" component="section" aria-label={t('contactMoments.newestVersion')}>
            <Text size="sm" fw={600}>
              {t('contactMoments.newestVersion')} ({t('contactMoments.version', { version: newest.version })})
            </Text>
            <MomentText m={newest} by={newest.correctedByName ?? newest.recordedByName} />
          </Card>
        )}
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
            {correcting ? t('contactMoments.saveCorrection') : t('contactMoments.save')}
          </Button>
          {correcting && (
            <Button variant="subtle" onClick={() => onDone?.(false)}>
              {t('contactMoments.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
