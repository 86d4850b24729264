import { EMPTY_PLAN, planCompleteness, type PlanContent } from '@meedoen/core';
import { Badge, Button, Group, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepBody } from '../../api/treatment';
import { fieldError } from '../../components/field-errors';
import { StepCard, type StepProps } from './StepForms';
import { todayIso } from '../../dates';
import { DateField } from '../../components/DateField';

const PLAN_TEXT_FIELDS = ['agreements', 'estimatedDuration', 'remarks'] as const;

const AGREED_BY = ['client', 'ouder', 'wettelijk_vertegenwoordiger'] as const;

export function PlanStep({ view, take, pending, error, needsParentalConsent }: StepProps) {
  const { t } = useTranslation();
  const latest = view.plans.at(-1);
  const [agreedBy, setAgreedBy] = useState<string>(needsParentalConsent ? 'ouder' : 'client');
  // From 12 up to 16 both agree (BW 7:450): the second person, chosen on purpose — nothing pre-selected.
  const [alsoAgreedBy, setAlsoAgreedBy] = useState<string | null>(null);
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
        <DateField
          label={t('planField.startDate')}
          value={plan.startDate ?? ''}
          onChange={(date) => setPlan({ ...plan, startDate: date || null })}
        />
        <DateField
          label={t('planField.nextEvaluationDate')}
          value={plan.nextEvaluationDate ?? ''}
          onChange={(date) => setPlan({ ...plan, nextEvaluationDate: date || null })}
        />
      </SimpleGrid>
      {savedComplete && latest && (
        <Group align="flex-end">
          <Select
            label={t('steps.agreedBy')}
            description={needsParentalConsent ? t('steps.parentMustAgree') : undefined}
            data={AGREED_BY.map((v) => ({ value: v, label: t(`agreedBy.${v}`) }))}
            value={agreedBy}
            onChange={(v) => setAgreedBy(v ?? 'client')}
            allowDeselect={false}
            error={fieldError(error, '/agreedBy', t)}
          />
          <Select
            label={t('steps.alsoAgreedBy')}
            description={t('steps.alsoAgreedByHelp')}
            placeholder={t('steps.nobodyElse')}
            data={AGREED_BY.filter((v) => v !== agreedBy).map((v) => ({ value: v, label: t(`agreedBy.${v}`) }))}
            value={alsoAgreedBy}
            onChange={setAlsoAgreedBy}
            clearable
            error={fieldError(error, '/alsoAgreedBy', t)}
          />
          <Button
            color="teal"
            onClick={() =>
              take('plan-agreement', {
                version: latest.version,
                agreedBy: agreedBy as StepBody<'plan-agreement'>['agreedBy'],
                ...(alsoAgreedBy && alsoAgreedBy !== agreedBy
                  ? { alsoAgreedBy: alsoAgreedBy as StepBody<'plan-agreement'>['agreedBy'] }
                  : {}),
                date: todayIso(),
              })
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
