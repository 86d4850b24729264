import { isLadderRung, LADDER_RUNGS, type DayEvaluation } from '@meedoen/core';
import { Alert, Anchor, Button, Card, Group, Loader, Select, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useClientRecord } from '../../api/clients';
import { useRecordDayEvaluation } from '../../api/daginvulling';
import { fieldError } from '../../components/field-errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayIso } from '../../dates';
import { DateField } from '../../components/DateField';

/** 000 L535-541: the questions asked of a nursing-home resident's activities; on by default there, a switch elsewhere. */
const LONG_TERM_CARE_SETTINGS = ['verpleeghuis'];

/**
 * The periodic evaluation of someone's day activities, by the supervisor and coordinator together (000 L543-546):
 * does the content fit, does the level fit, where does the person stand in taking part (003 L1525-1535).
 */
export function DayEvaluationPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const record = useClientRecord(clientId);
  const save = useRecordDayEvaluation(clientId);
  const [form, setForm] = useState<Omit<DayEvaluation, 'longTermCare' | 'rung'>>({
    date: todayIso(),
    contentFit: '',
    levelFit: '',
    participationStage: '',
    nextActions: '',
  });
  const [rung, setRung] = useState<string | null>(null);
  const [longTerm, setLongTerm] = useState<boolean | null>(null);
  const [care, setCare] = useState({ enjoys: '', overStimulated: '', behaviourTowardsOthers: '' });
  if (record.isPending) return <Loader aria-label={t('app.loading')} />;
  if (record.error) return <ProblemAlert error={record.error} />;
  const { client } = record.data;
  const name = client.givenName;
  const asksLongTermCare = longTerm ?? LONG_TERM_CARE_SETTINGS.includes(client.careSetting);
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value; // read now: React clears the event's target after the handler
    setForm((f) => ({ ...f, [key]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = Number(rung);
    save.mutate({ ...form, rung: isLadderRung(chosen) ? chosen : null, longTermCare: asksLongTermCare ? care : null });
  };
  if (save.isSuccess)
    return (
      <Stack maw={800}>
        <Alert color="teal" role="status" title={t('dayEvaluation.saved', { name })}>
          {t('dayEvaluation.savedHelp')}
        </Alert>
        <Anchor component={Link} to={`/clienten/${clientId}`}>
          {t('dayEvaluation.backToRecord', { name: `${client.givenName} ${client.familyName}` })}
        </Anchor>
      </Stack>
    );
  return (
    <Stack maw={900} component="form" onSubmit={submit}>
      <Title order={2}>{t('dayEvaluation.title', { name: `${client.givenName} ${client.familyName}` })}</Title>
      <Text>{t('dayEvaluation.intro')}</Text>
      <ProblemAlert error={save.error} />
      <Card withBorder>
        <Stack>
          <DateField label={t('steps.date')} value={form.date} onChange={(date) => setForm((f) => ({ ...f, date }))} />
          <Textarea
            label={t('dayEvaluation.contentFit', { name })}
            autosize
            minRows={2}
            required
            value={form.contentFit}
            onChange={set('contentFit')}
            error={fieldError(save.error, '/contentFit', t)}
          />
          <Textarea
            label={t('dayEvaluation.levelFit', { name })}
            autosize
            minRows={2}
            required
            value={form.levelFit}
            onChange={set('levelFit')}
            error={fieldError(save.error, '/levelFit', t)}
          />
          <Textarea
            label={t('dayEvaluation.participationStage', { name })}
            autosize
            minRows={2}
            required
            value={form.participationStage}
            onChange={set('participationStage')}
            error={fieldError(save.error, '/participationStage', t)}
          />
          <Select
            label={t('dayEvaluation.rung')}
            clearable
            data={LADDER_RUNGS.map((r) => ({ value: String(r), label: `${r} · ${t(`ladder.${r}`)}` }))}
            value={rung}
            onChange={setRung}
          />
          <Textarea
            label={t('dayEvaluation.nextActions')}
            autosize
            minRows={2}
            required
            value={form.nextActions}
            onChange={set('nextActions')}
            error={fieldError(save.error, '/nextActions', t)}
          />
        </Stack>
      </Card>
      <Card withBorder>
        <Switch
          label={t('dayEvaluation.longTermCare')}
          description={t('dayEvaluation.longTermCareHelp')}
          checked={asksLongTermCare}
          onChange={(e) => setLongTerm(e.currentTarget.checked)}
        />
        {asksLongTermCare && (
          <Stack mt="sm">
            {(['enjoys', 'overStimulated', 'behaviourTowardsOthers'] as const).map((key) => (
              <Textarea
                key={key}
                label={t(`dayEvaluation.${key}`, { name })}
                autosize
                required
                value={care[key]}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setCare((c) => ({ ...c, [key]: value }));
                }}
              />
            ))}
          </Stack>
        )}
      </Card>
      <Group>
        <Button type="submit" size="md" loading={save.isPending}>
          {t('dayEvaluation.save')}
        </Button>
      </Group>
    </Stack>
  );
}
