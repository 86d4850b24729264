import { allowedSteps, needsParentalConsent, type TrajectoryEventData } from '@meedoen/core';
import { Alert, Anchor, Badge, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useClientRecord } from '../../api/clients';
import { useStep, useTrajectory, type StepRequest } from '../../api/treatment';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { ClosingNotesStep, ClosingReportPreview } from './ClosingReport';
import { GoalsStep } from './GoalsStep';
import { NaasteStep, ParentalConsentStep } from './InvolvementSteps';
import { TrajectoryMeasurements } from '../measurement/TrajectoryMeasurements';
import { MdoDecisions } from './MdoDecisions';
import { PlanStep } from './PlanStep';
import { AcceptanceStep, DiagnosticsStep, EvaluationAgreementsStep, IntakeStep, type StepProps } from './StepForms';
import { todayIso } from '../../dates';
import { EvaluationStep, SessionStep } from './TreatmentSteps';

/** A treatment trajectory: where it stands, what can happen next (as the rules allow), and its history. */
export function TrajectoryPage() {
  const { t, i18n } = useTranslation();
  const { clientId = '', trajectoryId = '' } = useParams();
  // Opened from an appointment on the agenda or the work list: the session form of that date.
  const [params] = useSearchParams();
  const sessionDate = params.get('sessie');
  const trajectory = useTrajectory(clientId, trajectoryId);
  const step = useStep(clientId, trajectoryId);
  const record = useClientRecord(clientId);
  if (trajectory.isPending) return <Loader aria-label={t('app.loading')} />;
  if (trajectory.error) return <ProblemAlert error={trajectory.error} />;
  const view = trajectory.data;
  const client = record.data?.client;
  // Which forms to offer follows core's state table, the same one the server enforces (DOMAIN.md §3.2).
  const allowed = new Set<TrajectoryEventData['type']>(view.abilities.write ? allowedSteps(view.state) : []);
  const can = (type: TrajectoryEventData['type']) => allowed.has(type);
  const props: StepProps = {
    view,
    take: (name, body) => step.mutate({ step: name, body, version: view.version } as StepRequest & { version: number }),
    pending: step.isPending,
    error: step.error,
    needsParentalConsent: client ? needsParentalConsent(client.birthDate, todayIso()) : false,
  };
  const treating = view.state === 'in_behandeling';
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
  return (
    <Stack maw={1000}>
      <Group justify="space-between">
        <Title order={2}>
          {t(`discipline.${view.referral.discipline}`)}
          {client && (
            <>
              {' · '}
              <Anchor component={Link} to={`/clienten/${clientId}`} inherit>
                {client.givenName} {client.familyName}
              </Anchor>
            </>
          )}
        </Title>
        <Badge size="lg">{t(`state.${view.state}`)}</Badge>
      </Group>
      <Text>{view.referral.question}</Text>
      <Text size="sm" c="dimmed">
        {t('referral.referrerShown', { name: view.referral.referrerName })}
        {view.referral.referrerAgb ? ` · ${t('referral.referrerAgbShown', { code: view.referral.referrerAgb })}` : ''}
      </Text>
      {view.warnings.length > 0 && (
        // Orange on its light background is below 4.5:1 for the title (WCAG 1.4.3): the title keeps the text colour.
        <Alert color="orange" title={t('trajectory.warnings')} styles={{ title: { color: 'var(--mantine-color-text)' } }}>
          <List size="sm">
            {view.warnings.map((w) => (
              <List.Item key={`${w.code}-${w.source}`}>
                {t(`warning.${w.code}`)} ({w.source})
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <ProblemAlert error={step.error} />
      {can('parental_consent_recorded') && props.needsParentalConsent && !view.parentalConsent && (
        <ParentalConsentStep {...props} />
      )}
      {can('intake_started') && <IntakeStep {...props} />}
      {can('acceptance_decided') && <AcceptanceStep {...props} />}
      {can('diagnostics_recorded') && <DiagnosticsStep {...props} />}
      {can('goals_set') && !treating && <GoalsStep key={`goals-${view.version}`} {...props} />}
      {can('plan_drafted') && !treating && <PlanStep key={`plan-${view.plans.length}`} {...props} />}
      {can('evaluation_agreements_set') && !view.evaluationAgreements && <EvaluationAgreementsStep {...props} />}
      {can('session_recorded') && <SessionStep key={`session-${view.sessions.length}`} {...props} sessionDate={sessionDate} />}
      {can('evaluation_recorded') && <EvaluationStep key={`evaluation-${view.evaluations.length}`} {...props} />}
      {can('closing_notes_recorded') && view.evaluations.length > 0 && (
        <ClosingNotesStep key={`closing-${view.version}`} {...props} />
      )}
      {can('naaste_involved') && <NaasteStep key={`naaste-${view.naasten.length}`} {...props} />}
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">
          {t('trajectory.summary')}
        </Title>
        <Text>
          {t('trajectory.counts', {
            goals: view.goals.length,
            plans: view.plans.length,
            sessions: view.sessions.length,
            evaluations: view.evaluations.length,
          })}
        </Text>
        {view.gasTScore !== null && <Text>{t('steps.tScore', { score: view.gasTScore.toFixed(2) })}</Text>}
        {view.parentalConsent && (
          <Text>
            {t('trajectory.parentalConsent', {
              by: t(`agreedBy.${view.parentalConsent.givenBy}`),
              name: view.parentalConsent.name,
              date: formatDate(view.parentalConsent.date, i18n.language),
            })}
          </Text>
        )}
        {view.diagnosticsReport && <Text>{t('trajectory.reportSent', { to: view.diagnosticsReport.sentTo })}</Text>}
      </Card>
      <TrajectoryMeasurements clientId={clientId} trajectoryId={trajectoryId} canWrite={view.abilities.write} />
      <MdoDecisions clientId={clientId} trajectoryId={trajectoryId} />
      {view.evaluations.length > 0 && (
        <ClosingReportPreview clientId={clientId} trajectoryId={trajectoryId} version={view.version} />
      )}
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">
          {t('trajectory.history')}
        </Title>
        <List size="sm">
          {view.history.map((e) => (
            <List.Item key={e.seq}>
              {when.format(new Date(e.at))} · {t(`event.${e.type}`)} · {e.actorName ?? '—'}
            </List.Item>
          ))}
        </List>
      </Card>
    </Stack>
  );
}
