import { FINAL_STATES, type TrajectoryState } from '@meedoen/core';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  Stack,
  TagsInput,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../api/session';
import { useCaseload } from '../../api/today';
import { useProfessionals, useRecordMdo } from '../../api/treatment';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayIso } from '../../dates';
import { DateField } from '../../components/DateField';
import { MdoHistory } from './MdoHistory';

interface Discussed {
  decision: string;
  notes: string;
}

/**
 * The multidisciplinary meeting (MDO): choose which of my trajectories were discussed, with whom,
 * and what was decided for each; evaluations and ends are accounted for to the team (DOMAIN.md §2, 001 L1854-1944).
 */
export function MdoPage() {
  const { t } = useTranslation();
  const me = useMe();
  const caseload = useCaseload(true);
  const professionals = useProfessionals();
  const record = useRecordMdo();
  const [heldOn, setHeldOn] = useState(todayIso());
  const [participants, setParticipants] = useState<string[] | null>(null);
  const [notes, setNotes] = useState('');
  const [discussed, setDiscussed] = useState<Record<string, Discussed>>({});
  const [saved, setSaved] = useState<{ count: number } | null>(null);
  const who = participants ?? (me.data?.user ? [me.data.user.displayName] : []);
  const open = (caseload.data?.items ?? []).filter((i) => !FINAL_STATES.includes(i.state as TrajectoryState));
  const chosen = open.filter((i) => discussed[i.id]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      {
        heldOn,
        participants: who,
        ...(notes.trim() ? { notes } : {}),
        items: chosen.map((i) => ({
          clientId: i.clientId,
          trajectoryId: i.id,
          decision: discussed[i.id]?.decision ?? '',
          ...(discussed[i.id]?.notes.trim() ? { notes: discussed[i.id]?.notes } : {}),
        })),
      },
      {
        onSuccess: () => {
          setSaved({ count: chosen.length });
          setDiscussed({});
          setNotes('');
        },
      },
    );
  };
  const toggle = (id: string, on: boolean) =>
    setDiscussed((d) =>
      on ? { ...d, [id]: { decision: '', notes: '' } } : Object.fromEntries(Object.entries(d).filter(([key]) => key !== id)),
    );
  const change = (id: string, field: keyof Discussed, value: string) =>
    setDiscussed((d) => ({ ...d, [id]: { ...(d[id] ?? { decision: '', notes: '' }), [field]: value } }));
  return (
    <Stack maw={1000}>
      <Stack component="form" onSubmit={submit}>
        <Title order={2}>{t('mdo.title')}</Title>
        <Text>{t('mdo.intro')}</Text>
        {saved && (
          <Alert color="teal" title={t('mdo.saved', { count: saved.count })} role="status">
            {t('mdo.savedHelp')}
          </Alert>
        )}
        <ProblemAlert error={record.error} />
        <Card withBorder>
          <Group grow align="flex-start">
            <DateField label={t('mdo.heldOn')} value={heldOn} onChange={setHeldOn} />
            <TagsInput
              label={t('mdo.participants')}
              description={t('mdo.participantsHelp')}
              data={(professionals.data ?? []).map((p) => p.displayName)}
              value={who}
              onChange={setParticipants}
            />
          </Group>
          <Textarea label={t('mdo.notes')} autosize mt="sm" value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
        </Card>
        <Title order={3} size="h4">
          {t('mdo.agenda')}
        </Title>
        {caseload.isPending && <Loader aria-label={t('app.loading')} />}
        <ProblemAlert error={caseload.error} />
        {caseload.data && open.length === 0 && <Text c="dimmed">{t('mdo.nothingOpen')}</Text>}
        {open.map((item) => {
          const entry = discussed[item.id];
          return (
            <Card withBorder key={item.id}>
              <Group justify="space-between">
                <Checkbox
                  size="md"
                  label={t('mdo.discuss', { name: item.clientName, discipline: t(`discipline.${item.discipline}`) })}
                  checked={entry !== undefined}
                  onChange={(e) => toggle(item.id, e.currentTarget.checked)}
                />
                <Group gap="xs">
                  <Badge variant="light">{t(`state.${item.state}`)}</Badge>
                  {item.evaluationOverdue && <Badge color="red.9">{t('today.overdue')}</Badge>}
                  <Anchor component={Link} to={`/clienten/${item.clientId}/behandeling/${item.id}`} size="sm">
                    {t('mdo.open', { name: item.clientName })}
                  </Anchor>
                </Group>
              </Group>
              {entry && (
                <Group grow align="flex-start" mt="sm">
                  <Textarea
                    label={t('mdo.decision', { name: item.clientName })}
                    autosize
                    required
                    value={entry.decision}
                    onChange={(e) => change(item.id, 'decision', e.currentTarget.value)}
                  />
                  <Textarea
                    label={t('mdo.itemNotes', { name: item.clientName })}
                    autosize
                    value={entry.notes}
                    onChange={(e) => change(item.id, 'notes', e.currentTarget.value)}
                  />
                </Group>
              )}
            </Card>
          );
        })}
        <Group>
          <Button type="submit" loading={record.isPending} disabled={chosen.length === 0 || who.length === 0}>
            {t('mdo.record', { count: chosen.length })}
          </Button>
        </Group>
      </Stack>
      <MdoHistory />
    </Stack>
  );
}
