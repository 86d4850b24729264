import {
  GOAL_AIMS,
  GOAL_DOMAINS,
  gasTScore,
  missingSmartCriteria,
  OCCUPATION_AREAS,
  SMART_CRITERIA,
  TRANSDIAGNOSTIC_FACTORS,
  type Goal,
} from '@meedoen/core';
import { Badge, Button, Checkbox, Group, NumberInput, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../components/field-errors';
import { StepCard, type StepProps } from './StepForms';

const GAS_LEVELS = ['-2', '-1', '0', '1', '2'] as const;
const emptyGas = (): NonNullable<Goal['gas']> => ({
  levels: { '-2': '', '-1': '', '0': '', '1': '', '2': '' },
  weight: 1,
  baseline: -2,
});

function newGoal(parent: Goal | null, ergo: boolean): Goal {
  return {
    id: crypto.randomUUID().slice(0, 8),
    parentId: parent?.id ?? null,
    description: '',
    kind: parent ? 'secundair' : 'primair',
    term: parent ? 'kort' : 'lang',
    aim: parent?.aim ?? 'verandering',
    domain: parent?.domain ?? 'emotioneel',
    transdiagnosticFactor: ergo ? null : (parent?.transdiagnosticFactor ?? 'arousal'),
    occupationArea: ergo ? (parent?.occupationArea ?? 'huishouden') : null,
    smart: { specific: false, measurable: false, acceptable: false, realistic: false, timeBound: false },
    gas: parent ? null : emptyGas(),
  };
}

/** The goal tree: main goals with their sub-goals (001 L1623-1664), a SMART checklist each, and GAS levels where scaled. */
export function GoalsStep({ view, take, pending, error }: StepProps) {
  const { t } = useTranslation();
  const ergo = view.referral.discipline === 'ergotherapie';
  const [goals, setGoals] = useState<Goal[]>(view.goals.length > 0 ? view.goals : [newGoal(null, ergo)]);
  const update = (id: string, change: Partial<Goal>) => setGoals((gs) => gs.map((g) => (g.id === id ? { ...g, ...change } : g)));
  const remove = (id: string) => setGoals((gs) => gs.filter((g) => g.id !== id && g.parentId !== id));
  const addSub = (parent: Goal) =>
    setGoals((gs) => {
      const after = gs.findLastIndex((g) => g.id === parent.id || g.parentId === parent.id);
      return [...gs.slice(0, after + 1), newGoal(parent, ergo), ...gs.slice(after + 1)];
    });
  // The T-score at the start, from core's formula (REFERENCE.md §2.3): what an evaluation is measured against.
  const baselineTScore = gasTScore(goals.flatMap((g) => (g.gas ? [{ level: g.gas.baseline, weight: g.gas.weight }] : [])));
  const mains = goals.filter((g) => g.parentId === null);
  return (
    <StepCard
      title={t('steps.goals')}
      submitLabel={t('steps.saveGoals')}
      pending={pending}
      onSubmit={() => take('goals', { goals })}
    >
      {fieldError(error, '/goals', t) && <Text c="red.9">{fieldError(error, '/goals', t)}</Text>}
      {mains.map((main, m) => (
        <Stack key={main.id} gap="xs" p="sm" style={{ border: '1px solid var(--mantine-color-gray-5)', borderRadius: 8 }}>
          <GoalFields
            goal={main}
            label={t('steps.goalDescription', { n: m + 1 })}
            index={goals.indexOf(main)}
            ergo={ergo}
            error={error}
            update={update}
          />
          {goals
            .filter((g) => g.parentId === main.id)
            .map((sub, s) => (
              <Stack key={sub.id} gap="xs" ml="xl" pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-blue-3)' }}>
                <GoalFields
                  goal={sub}
                  label={t('steps.subGoalDescription', { n: m + 1, s: s + 1 })}
                  index={goals.indexOf(sub)}
                  ergo={ergo}
                  error={error}
                  update={update}
                />
                <Group>
                  <Button variant="outline" color="red.9" size="xs" onClick={() => remove(sub.id)}>
                    {t('steps.removeSubGoal', { n: m + 1, s: s + 1 })}
                  </Button>
                </Group>
              </Stack>
            ))}
          <Group>
            <Button variant="default" onClick={() => addSub(main)}>
              {t('steps.addSubGoal', { n: m + 1 })}
            </Button>
            {mains.length > 1 && (
              <Button variant="outline" color="red.9" onClick={() => remove(main.id)}>
                {t('steps.removeGoal', { n: m + 1 })}
              </Button>
            )}
          </Group>
        </Stack>
      ))}
      <Group justify="space-between">
        <Button variant="default" onClick={() => setGoals((gs) => [...gs, newGoal(null, ergo)])}>
          {t('steps.addGoal')}
        </Button>
        {baselineTScore !== null && (
          <Text size="sm" aria-live="polite">
            {t('steps.baselineTScore', { score: baselineTScore.toFixed(2) })}
          </Text>
        )}
      </Group>
    </StepCard>
  );
}

interface GoalFieldsProps {
  goal: Goal;
  label: string;
  index: number;
  ergo: boolean;
  error: unknown;
  update: (id: string, change: Partial<Goal>) => void;
}

function GoalFields({ goal, label, index, ergo, error, update }: GoalFieldsProps) {
  const { t } = useTranslation();
  const missing = missingSmartCriteria(goal);
  const gas = goal.gas;
  return (
    <>
      <Textarea
        label={label}
        autosize
        value={goal.description}
        onChange={(e) => update(goal.id, { description: e.currentTarget.value })}
        error={fieldError(error, `/goals/${index}/description`, t) ?? fieldError(error, `/goals/${index}/parentId`, t)}
      />
      <Group grow align="flex-start">
        <Select
          label={t('steps.goalKind')}
          data={['primair', 'secundair'].map((v) => ({ value: v, label: t(`goalKind.${v}`) }))}
          value={goal.kind}
          onChange={(v) => update(goal.id, { kind: (v ?? 'primair') as Goal['kind'] })}
          allowDeselect={false}
        />
        <Select
          label={t('steps.goalTerm')}
          data={['kort', 'lang'].map((v) => ({ value: v, label: t(`goalTerm.${v}`) }))}
          value={goal.term}
          onChange={(v) => update(goal.id, { term: (v ?? 'lang') as Goal['term'] })}
          allowDeselect={false}
        />
        <Select
          label={t('steps.aim')}
          data={GOAL_AIMS.map((a) => ({ value: a, label: t(`aim.${a}`) }))}
          value={goal.aim}
          onChange={(v) => update(goal.id, { aim: (v ?? 'verandering') as Goal['aim'] })}
          allowDeselect={false}
        />
        <Select
          label={t('steps.domain')}
          data={GOAL_DOMAINS.map((d) => ({ value: d, label: t(`domain.${d}`) }))}
          value={goal.domain}
          onChange={(v) => update(goal.id, { domain: (v ?? 'emotioneel') as Goal['domain'] })}
          allowDeselect={false}
        />
        {ergo ? (
          <Select
            label={t('steps.occupationArea')}
            data={OCCUPATION_AREAS.map((a) => ({ value: a, label: t(`focus.${a}`) }))}
            value={goal.occupationArea}
            onChange={(v) => update(goal.id, { occupationArea: v as Goal['occupationArea'] })}
          />
        ) : (
          <Select
            label={t('steps.factor')}
            data={TRANSDIAGNOSTIC_FACTORS.map((f) => ({ value: f, label: t(`focus.${f}`) }))}
            value={goal.transdiagnosticFactor}
            onChange={(v) => update(goal.id, { transdiagnosticFactor: v as Goal['transdiagnosticFactor'] })}
          />
        )}
      </Group>
      <Group gap="md">
        {SMART_CRITERIA.map((c) => (
          <Checkbox
            key={c}
            label={t(`smart.${c}`)}
            checked={goal.smart[c]}
            onChange={(e) => update(goal.id, { smart: { ...goal.smart, [c]: e.currentTarget.checked } })}
          />
        ))}
        {missing.length > 0 ? (
          <Badge color="gray.8" variant="outline">
            {t('steps.smartMissing', { count: missing.length })}
          </Badge>
        ) : (
          <Badge color="teal.9" variant="outline">
            {t('steps.smartComplete')}
          </Badge>
        )}
      </Group>
      <Switch
        label={t('steps.useGas')}
        checked={gas !== null}
        onChange={(e) => update(goal.id, { gas: e.currentTarget.checked ? emptyGas() : null })}
      />
      {gas && (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('steps.gasLevels')}
          </Text>
          {fieldError(error, `/goals/${index}/gas`, t) && <Text c="red.9">{fieldError(error, `/goals/${index}/gas`, t)}</Text>}
          {GAS_LEVELS.map((level) => (
            <TextInput
              key={level}
              label={t('steps.gasLevel', { level })}
              value={gas.levels[level]}
              onChange={(e) => update(goal.id, { gas: { ...gas, levels: { ...gas.levels, [level]: e.currentTarget.value } } })}
            />
          ))}
          <Group grow>
            <NumberInput
              label={t('steps.gasWeight')}
              min={0}
              max={9}
              value={gas.weight}
              onChange={(v) => update(goal.id, { gas: { ...gas, weight: typeof v === 'number' ? v : Number(v) || 0 } })}
            />
            <Select
              label={t('steps.gasBaseline')}
              description={t('steps.gasBaselineHelp')}
              data={['-2', '-1'].map((v) => ({ value: v, label: v }))}
              value={String(gas.baseline)}
              onChange={(v) => update(goal.id, { gas: { ...gas, baseline: v === '-1' ? -1 : -2 } })}
              allowDeselect={false}
            />
          </Group>
        </Stack>
      )}
    </>
  );
}
