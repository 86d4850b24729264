import { Alert, Anchor, Badge, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useStep, useTrajectory } from '../../api/treatment';
import { ProblemAlert } from '../../components/ProblemAlert';
import { GoalsStep, PlanStep } from './PlanSteps';
import { AcceptanceStep, DiagnosticsStep, EvaluationAgreementsStep, IntakeStep, type StepProps } from './StepForms';
import { EvaluationStep, SessionStep } from './TreatmentSteps';

/** A treatment trajectory: where it stands, what can happen next (as the rules allow), and its history. */
export function TrajectoryPage() {
  const { t, i18n } = useTranslation();
  const { clientId = '', trajectoryId = '' } = useParams();
  const trajectory = useTrajectory(clientId, trajectoryId);
  const step = useStep(clientId, trajectoryId);
  if (trajectory.isPending) return <Loader aria-label={t('app.loading')} />;
  if (trajectory.error) return <ProblemAlert error={trajectory.error} />;
  const view = trajectory.data;
  const props: StepProps = {
    view,
    take: (path, body) => step.mutate({ path, body, version: view.version }),
    pending: step.isPending,
    error: step.error,
  };
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
  return (
    <Stack maw={1000}>
      <Group justify="space-between">
        <Title order={2}>{t(`discipline.${view.referral.discipline}`)}</Title>
        <Badge size="lg">{t(`state.${view.state}`)}</Badge>
      </Group>
      <Text>{view.referral.question}</Text>
      {view.warnings.length > 0 && (
        <Alert color="orange" title={t('trajectory.warnings')}>
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
      {view.abilities.write && (
        <>
          {view.state === 'aangemeld' && <IntakeStep {...props} />}
          {(view.state === 'aangemeld' || view.state === 'intake') && <AcceptanceStep {...props} />}
          {view.state === 'diagnostiek' && <DiagnosticsStep {...props} />}
          {['indicatie', 'doelen', 'plan_concept'].includes(view.state) && <GoalsStep key={`goals-${view.version}`} {...props} />}
          {['doelen', 'plan_concept'].includes(view.state) && (
            <>
              <PlanStep key={`plan-${view.plans.length}`} {...props} />
              {!view.evaluationAgreements && <EvaluationAgreementsStep {...props} />}
            </>
          )}
          {view.state === 'in_behandeling' && (
            <>
              <SessionStep key={`session-${view.sessions.length}`} {...props} />
              <EvaluationStep key={`evaluation-${view.evaluations.length}`} {...props} />
            </>
          )}
        </>
      )}
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
        {view.evaluations.length > 0 && (
          <Anchor href={`/api/v1/clients/${clientId}/trajectories/${trajectoryId}/closing-report.pdf`} mt="xs" display="block">
            {t('trajectory.closingReport')}
          </Anchor>
        )}
      </Card>
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
