import {
  EMPTY_PLAN,
  GOAL_AIMS,
  GOAL_DOMAINS,
  planCompleteness,
  SMART_CRITERIA,
  type Goal,
  type PlanContent,
} from '@meedoen/core';
import { Badge, Button, Checkbox, Group, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../components/field-errors';
import { StepCard, type StepProps } from './StepForms';

const newGoal = (n: number, factor: string | null, occupation: string | null): Goal => ({
  id: `g${n}`,
  parentId: null,
  description: '',
  kind: 'primair',
  term: 'lang',
  aim: 'verandering',
  domain: 'emotioneel',
  transdiagnosticFactor: factor as Goal['transdiagnosticFactor'],
  occupationArea: occupation as Goal['occupationArea'],
  smart: { specific: false, measurable: false, acceptable: false, realistic: false, timeBound: false },
  gas: { levels: { '-2': '', '-1': '', '0': '', '1': '', '2': '' }, weight: 1, baseline: -2 },
});

export function GoalsStep({ view, take, pending, error }: StepProps) {
  const { t } = useTranslation();
  const ergo = view.referral.discipline === 'ergotherapie';
  const [goals, setGoals] = useState<Goal[]>(
    view.goals.length > 0 ? view.goals : [newGoal(1, ergo ? null : 'arousal', ergo ? 'huishouden' : null)],
  );
  const update = (i: number, change: Partial<Goal>) => setGoals((gs) => gs.map((g, j) => (j === i ? { ...g, ...change } : g)));
  return (
    <StepCard
      title={t('steps.goals')}
      submitLabel={t('steps.saveGoals')}
      pending={pending}
      onSubmit={() => take('goals', { goals })}
    >
      {goals.map((goal, i) => (
        <SimpleGrid
          key={goal.id}
          cols={1}
          spacing="xs"
          p="sm"
          style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }}
        >
          <Textarea
            label={t('steps.goalDescription', { n: i + 1 })}
            autosize
            value={goal.description}
            onChange={(e) => update(i, { description: e.currentTarget.value })}
            error={fieldError(error, `/goals/${i}/description`, t)}
          />
          <Group grow>
            <Select
              label={t('steps.aim')}
              data={GOAL_AIMS.map((a) => ({ value: a, label: t(`aim.${a}`) }))}
              value={goal.aim}
              onChange={(v) => update(i, { aim: (v ?? 'verandering') as Goal['aim'] })}
              allowDeselect={false}
            />
            <Select
              label={t('steps.domain')}
              data={GOAL_DOMAINS.map((d) => ({ value: d, label: t(`domain.${d}`) }))}
              value={goal.domain}
              onChange={(v) => update(i, { domain: (v ?? 'emotioneel') as Goal['domain'] })}
              allowDeselect={false}
            />
          </Group>
          <Group>
            {SMART_CRITERIA.map((c) => (
              <Checkbox
                key={c}
                label={t(`smart.${c}`)}
                checked={goal.smart[c]}
                onChange={(e) => update(i, { smart: { ...goal.smart, [c]: e.currentTarget.checked } })}
              />
            ))}
          </Group>
          <Text size="sm" fw={600}>
            {t('steps.gasLevels')}
          </Text>
          {(['-2', '-1', '0', '1', '2'] as const).map((level) => (
            <TextInput
              key={level}
              label={t('steps.gasLevel', { level })}
              value={goal.gas?.levels[level] ?? ''}
              onChange={(e) =>
                goal.gas && update(i, { gas: { ...goal.gas, levels: { ...goal.gas.levels, [level]: e.currentTarget.value } } })
              }
            />
          ))}
        </SimpleGrid>
      ))}
      <Group>
        <Button
          variant="default"
          onClick={() => setGoals((gs) => [...gs, newGoal(gs.length + 1, ergo ? null : 'arousal', ergo ? 'huishouden' : null)])}
        >
          {t('steps.addGoal')}
        </Button>
      </Group>
    </StepCard>
  );
}

const PLAN_TEXT_FIELDS = ['agreements', 'estimatedDuration', 'remarks'] as const;

export function PlanStep({ view, take, pending, error }: StepProps) {
  const { t } = useTranslation();
  const latest = view.plans.at(-1);
  const [plan, setPlan] = useState<PlanContent>(latest?.plan ?? EMPTY_PLAN);
  const cv = plan.clientView ?? { vision: '', reason: '', helpQuestion: '', expectation: '' };
  const tv = plan.therapistView ?? { natureOfProblems: '', maintainingFactors: '', conclusion: '' };
  const pd = plan.plannedDelivery ?? { method: '', activities: '', period: '', frequency: '' };
  // Live completeness from core: the same rule the server applies when the client agrees.
  const completeness = planCompleteness(plan, view.goals.filter((g) => g.parentId === null).length, false);
  const missing = completeness.missing.filter((part) => part !== 'clientAgreement');
  const savedComplete = latest && !latest.agreed && view.planCompleteness?.missing.every((m) => m === 'clientAgreement');
  return (
    <StepCard title={t('steps.plan')} submitLabel={t('steps.savePlan')} pending={pending} onSubmit={() => take('plan', { plan })}>
      <Group gap="xs" aria-live="polite">
        <Text size="sm">{missing.length === 0 ? t('steps.planComplete') : t('steps.planMissing')}</Text>
        {missing.map((part) => (
          <Badge key={part} color="orange.9">
            {t(`planPart.${part}`)}
          </Badge>
        ))}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {(['vision', 'reason', 'helpQuestion', 'expectation'] as const).map((k) => (
          <Textarea
            key={k}
            label={t(`planField.${k}`)}
            autosize
            value={cv[k]}
            onChange={(e) => setPlan({ ...plan, clientView: { ...cv, [k]: e.currentTarget.value } })}
            error={k === 'vision' ? fieldError(error, '/plan/clientView', t) : undefined}
          />
        ))}
        {(['natureOfProblems', 'maintainingFactors', 'conclusion'] as const).map((k) => (
          <Textarea
            key={k}
            label={t(`planField.${k}`)}
            autosize
            value={tv[k]}
            onChange={(e) => setPlan({ ...plan, therapistView: { ...tv, [k]: e.currentTarget.value } })}
            error={k === 'natureOfProblems' ? fieldError(error, '/plan/therapistView', t) : undefined}
          />
        ))}
        {(['method', 'activities', 'period', 'frequency'] as const).map((k) => (
          <TextInput
            key={k}
            label={t(`planField.${k}`)}
            value={pd[k]}
            onChange={(e) => setPlan({ ...plan, plannedDelivery: { ...pd, [k]: e.currentTarget.value } })}
          />
        ))}
        {PLAN_TEXT_FIELDS.map((k) => (
          <TextInput
            key={k}
            label={t(`planField.${k}`)}
            value={plan[k] ?? ''}
            onChange={(e) => setPlan({ ...plan, [k]: e.currentTarget.value })}
            error={fieldError(error, `/plan/${k}`, t)}
          />
        ))}
        <TextInput
          type="date"
          label={t('planField.startDate')}
          value={plan.startDate ?? ''}
          onChange={(e) => setPlan({ ...plan, startDate: e.currentTarget.value || null })}
        />
        <TextInput
          type="date"
          label={t('planField.nextEvaluationDate')}
          value={plan.nextEvaluationDate ?? ''}
          onChange={(e) => setPlan({ ...plan, nextEvaluationDate: e.currentTarget.value || null })}
        />
      </SimpleGrid>
      {savedComplete && latest && (
        <Group>
          <Button
            color="teal"
            onClick={() =>
              take('plan-agreement', { version: latest.version, agreedBy: 'client', date: new Date().toISOString().slice(0, 10) })
            }
          >
            {t('steps.clientAgrees', { version: latest.version })}
          </Button>
        </Group>
      )}
      {fieldError(error, '/evaluationAgreements', t) && <Text c="red.9">{fieldError(error, '/evaluationAgreements', t)}</Text>}
    </StepCard>
  );
}
