import { TRANSDIAGNOSTIC_FACTORS, OCCUPATION_AREAS } from '@meedoen/core';
import { Button, Card, Group, Radio, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepBody, TrajectoryStep, TrajectoryView } from '../../api/treatment';
import { fieldError } from '../../components/field-errors';
import { todayIso } from '../../dates';
import { DateField } from '../../components/DateField';

export interface StepProps {
  view: TrajectoryView;
  /** Take a step: its name and what it sends, typed by the step's route. */
  take: <S extends TrajectoryStep>(step: S, body: StepBody<S>) => void;
  pending: boolean;
  error: unknown;
  /** Under 16 in vaktherapie the parents consent and agree (001 L1579), from core's rule and the client's birth date. */
  needsParentalConsent: boolean;
}

export function StepCard({
  title,
  onSubmit,
  pending,
  submitLabel,
  children,
  id,
}: {
  id?: string;
  title: string;
  onSubmit: () => void;
  pending: boolean;
  submitLabel: string;
  children?: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Card withBorder component="form" onSubmit={submit} id={id}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      <Stack>
        {children}
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function IntakeStep({ take, pending }: StepProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(todayIso());
  return (
    <StepCard
      title={t('steps.intake')}
      submitLabel={t('steps.intakeSubmit')}
      pending={pending}
      onSubmit={() => take('intake', { date })}
    >
      <DateField label={t('steps.date')} value={date} onChange={setDate} />
    </StepCard>
  );
}

export function AcceptanceStep({ take, pending, error }: StepProps) {
  const { t } = useTranslation();
  // No answer is pre-selected: accepting or refusing is a decision the professional makes (issue 14).
  const [accepted, setAccepted] = useState('');
  const [unanswered, setUnanswered] = useState(false);
  const [reasons, setReasons] = useState('');
  const [contra, setContra] = useState('');
  return (
    <StepCard
      title={t('steps.acceptance')}
      submitLabel={t('steps.record')}
      pending={pending}
      onSubmit={() =>
        accepted === ''
          ? setUnanswered(true)
          : take('acceptance', {
              accepted: accepted === 'ja',
              reasons,
              contraIndications: contra
                .split('\n')
                .map((c) => c.trim())
                .filter(Boolean),
            })
      }
    >
      <Radio.Group
        label={t('steps.accepted')}
        value={accepted}
        onChange={(value) => {
          setAccepted(value);
          setUnanswered(false);
        }}
        withAsterisk
        error={unanswered ? t('steps.chooseAnswer') : fieldError(error, '/accepted', t)}
      >
        <Group>
          <Radio value="ja" label={t('steps.yes')} />
          <Radio value="nee" label={t('steps.no')} />
        </Group>
      </Radio.Group>
      <Textarea
        label={t('steps.reasons')}
        autosize
        minRows={2}
        value={reasons}
        onChange={(e) => setReasons(e.currentTarget.value)}
        error={fieldError(error, '/reasons', t)}
      />
      <Textarea
        label={t('steps.contraIndications')}
        description={t('steps.onePerLine')}
        autosize
        value={contra}
        onChange={(e) => setContra(e.currentTarget.value)}
        error={fieldError(error, '/contraIndications', t)}
      />
    </StepCard>
  );
}

export function DiagnosticsStep({ view, take, pending, error }: StepProps) {
  const { t } = useTranslation();
  const [findings, setFindings] = useState('');
  const [focus, setFocus] = useState<string | null>(null);
  const [rationale, setRationale] = useState('');
  const [report, setReport] = useState('');
  const diagnosticsOnly = view.referral.requestType === 'alleen_diagnostiek';
  const focusOptions = view.referral.discipline === 'ergotherapie' ? OCCUPATION_AREAS : TRANSDIAGNOSTIC_FACTORS;
  return (
    <Stack>
      <StepCard
        title={t('steps.diagnostics')}
        submitLabel={t('steps.record')}
        pending={pending}
        onSubmit={() => take('diagnostics', { findings })}
      >
        <Textarea
          label={t('steps.findings')}
          autosize
          minRows={2}
          value={findings}
          onChange={(e) => setFindings(e.currentTarget.value)}
        />
      </StepCard>
      {diagnosticsOnly ? (
        <StepCard
          title={t('steps.report')}
          submitLabel={t('steps.sendReport')}
          pending={pending}
          onSubmit={() => take('diagnostics-report', { report, sentTo: view.referral.referrerName })}
        >
          <Textarea
            label={t('steps.reportText')}
            autosize
            minRows={3}
            value={report}
            onChange={(e) => setReport(e.currentTarget.value)}
            error={fieldError(error, '/report', t)}
          />
        </StepCard>
      ) : (
        <StepCard
          title={t('steps.indication')}
          submitLabel={t('steps.record')}
          pending={pending}
          onSubmit={() => take('indication', { focus: focus ?? '', rationale })}
        >
          <Select
            label={t('steps.focus')}
            data={focusOptions.map((f) => ({ value: f, label: t(`focus.${f}`) }))}
            value={focus}
            onChange={setFocus}
          />
          <Textarea
            label={t('steps.rationale')}
            autosize
            value={rationale}
            onChange={(e) => setRationale(e.currentTarget.value)}
          />
        </StepCard>
      )}
    </Stack>
  );
}

export function EvaluationAgreementsStep({ take, pending }: StepProps) {
  const { t } = useTranslation();
  const [everyWeeks, setEveryWeeks] = useState('6');
  const [firstDate, setFirstDate] = useState('');
  const [method, setMethod] = useState('');
  return (
    <StepCard
      title={t('steps.evaluationAgreements')}
      submitLabel={t('steps.record')}
      pending={pending}
      onSubmit={() => take('evaluation-agreements', { everyWeeks: Number(everyWeeks), firstDate, method })}
    >
      <Group grow>
        <TextInput
          type="number"
          label={t('steps.everyWeeks')}
          value={everyWeeks}
          onChange={(e) => setEveryWeeks(e.currentTarget.value)}
        />
        <DateField label={t('steps.firstDate')} value={firstDate} onChange={setFirstDate} />
      </Group>
      <TextInput label={t('steps.method')} value={method} onChange={(e) => setMethod(e.currentTarget.value)} />
    </StepCard>
  );
}
