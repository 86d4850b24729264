import { LADDER_RUNGS, type LadderRung, type ParticipationPlan } from '@meedoen/core';
import { Alert, Button, Card, Checkbox, Group, Loader, Stack, Stepper, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useParticipationPlan, useSavePlan } from '../../api/daginvulling';
import { useMe } from '../../api/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ContactMomentsSection } from '../daginvulling/ContactMoments';
import { DisclosureSection } from './DisclosureSection';
import { PortfolioSection } from './PortfolioSection';

/** The person's own participation plan, in plain language (B1), with large touch targets. */
export function MyPlanPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const clientId = me?.user.clientId;
  if (!clientId) return <Text>{t('myPlan.noRecord')}</Text>;
  return (
    <Stack>
      <PlanEditor clientId={clientId} title={t('myPlan.title')} ownPlan />
      {/* Issue 14: the person reads back what their job coach wrote about their contacts. */}
      <ContactMomentsSection clientId={clientId} name={me.user.displayName} />
    </Stack>
  );
}

export function PlanEditor({ clientId, title, ownPlan = false }: { clientId: string; title: string; ownPlan?: boolean }) {
  const { t } = useTranslation();
  const loaded = useParticipationPlan(clientId);
  const save = useSavePlan(clientId);
  const [draft, setDraft] = useState<ParticipationPlan | null>(null);
  const [baseVersion, setBaseVersion] = useState(0);

  useEffect(() => {
    if (loaded.data && draft === null) {
      setDraft(loaded.data.plan);
      setBaseVersion(loaded.data.version);
    }
  }, [loaded.data, draft]);

  if (loaded.isPending || !draft)
    return loaded.error ? <ProblemAlert error={loaded.error} /> : <Loader aria-label={t('app.loading')} />;
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const update = (change: Partial<ParticipationPlan>) => setDraft({ ...draft, ...change });
  const ladder = draft.ladder;

  /** After a conflict: load the newer version and keep my changes on top of it, so nothing is lost. */
  const reloadAndReapply = async () => {
    const fresh = await loaded.refetch();
    if (!fresh.data) return;
    setDraft({ ...fresh.data.plan, ...draft });
    setBaseVersion(fresh.data.version);
    save.reset();
  };

  return (
    <Stack maw={900}>
      <Title order={2}>{title}</Title>
      <Text>{t('myPlan.intro')}</Text>
      {conflict ? (
        <Alert color="orange" role="alert" title={t('problem.resource.version_conflict')}>
          <Group mt="xs">
            <Button onClick={() => void reloadAndReapply()}>{t('myPlan.reloadAndReapply')}</Button>
          </Group>
        </Alert>
      ) : (
        <ProblemAlert error={save.error} />
      )}
      {save.isSuccess && (
        <Alert color="teal" role="status">
          {t('myPlan.saved')}
        </Alert>
      )}
      <Card withBorder>
        <Stack>
          <Textarea
            size="lg"
            autosize
            minRows={2}
            label={t('myPlan.dreams')}
            description={t('myPlan.dreamsHelp')}
            value={draft.dreams}
            onChange={(e) => update({ dreams: e.currentTarget.value })}
          />
          <Textarea
            size="lg"
            autosize
            minRows={2}
            label={t('myPlan.strengths')}
            description={t('myPlan.strengthsHelp')}
            value={draft.strengths.join(', ')}
            onChange={(e) =>
              update({
                strengths: e.currentTarget.value
                  .split(',')
                  .map((s) => s.trim())
                  .filter(Boolean),
              })
            }
          />
          <Textarea
            size="lg"
            autosize
            minRows={2}
            label={t('myPlan.perspective')}
            value={draft.perspective}
            onChange={(e) => update({ perspective: e.currentTarget.value })}
          />
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={3} size="h4">
          {t('myPlan.ladderTitle')}
        </Title>
        <Text size="sm" mb="sm">
          {t('myPlan.ladderIntro')}
        </Text>
        <LadderPath
          id="ladder-now"
          label={t('myPlan.ladderNow')}
          rung={ladder.currentRung}
          stepLabel="myPlan.stepNow"
          onChange={(currentRung) => update({ ladder: { ...ladder, currentRung } })}
        />
        <LadderPath
          id="ladder-goal"
          label={t('myPlan.ladderGoal')}
          rung={ladder.targetRung}
          stepLabel="myPlan.stepGoal"
          onChange={(targetRung) => update({ ladder: { ...ladder, targetRung } })}
        />
        <Checkbox
          mt="md"
          size="md"
          label={t('myPlan.stay')}
          checked={ladder.wantsToStay}
          onChange={(e) => update({ ladder: { ...ladder, wantsToStay: e.currentTarget.checked } })}
        />
      </Card>
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">
          {t('myPlan.signalTitle')}
        </Title>
        {(['groen', 'oranje', 'rood'] as const).map((colour) => (
          <Group key={colour} grow align="flex-start" mb="sm">
            <Textarea
              size="md"
              autosize
              label={t(`myPlan.signs.${colour}`)}
              value={draft.signalPlan[colour].signs}
              onChange={(e) =>
                update({
                  signalPlan: { ...draft.signalPlan, [colour]: { ...draft.signalPlan[colour], signs: e.currentTarget.value } },
                })
              }
            />
            <Textarea
              size="md"
              autosize
              label={t(`myPlan.actions.${colour}`)}
              value={draft.signalPlan[colour].actions}
              onChange={(e) =>
                update({
                  signalPlan: { ...draft.signalPlan, [colour]: { ...draft.signalPlan[colour], actions: e.currentTarget.value } },
                })
              }
            />
          </Group>
        ))}
      </Card>
      {ownPlan && <DisclosureSection value={draft.disclosure} onChange={(disclosure) => update({ disclosure })} />}
      <PortfolioSection
        clientId={clientId}
        items={draft.portfolio}
        saving={save.isPending}
        onAdd={(item) => {
          // Adding to the portfolio saves the plan at once, so the new entry and its file are never lost.
          const plan = { ...draft, portfolio: [...draft.portfolio, item] };
          setDraft(plan);
          save.mutate({ plan, version: baseVersion }, { onSuccess: (r) => setBaseVersion(r.version) });
        }}
      />
      <Group>
        <Button
          size="lg"
          loading={save.isPending}
          onClick={() => save.mutate({ plan: draft, version: baseVersion }, { onSuccess: (r) => setBaseVersion(r.version) })}
        >
          {t('myPlan.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The six rungs as a path the person can walk both ways: any rung can be chosen, up or down. */
function LadderPath(props: {
  id: string;
  label: string;
  rung: LadderRung;
  stepLabel: 'myPlan.stepNow' | 'myPlan.stepGoal';
  onChange: (rung: LadderRung) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Text fw={600} mt="md" id={props.id}>
        {props.label}
      </Text>
      <Stepper
        active={props.rung - 1}
        onStepClick={(i) => props.onChange((i + 1) as LadderRung)}
        size="sm"
        aria-labelledby={props.id}
        allowNextStepsSelect
      >
        {LADDER_RUNGS.map((rung) => (
          <Stepper.Step
            key={rung}
            label={`${rung}`}
            description={t(`ladder.${rung}`)}
            aria-label={t(props.stepLabel, { rung, name: t(`ladder.${rung}`) })}
          />
        ))}
      </Stepper>
    </>
  );
}
