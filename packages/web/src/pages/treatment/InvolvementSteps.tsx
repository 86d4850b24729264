import { Radio, Group, Select, TextInput, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepBody } from '../../api/treatment';
import { fieldError } from '../../components/field-errors';
import { StepCard, type StepProps } from './StepForms';
import { todayIso } from '../../dates';
import { DateField } from '../../components/DateField';

/** The parents' (or legal representative's) consent, needed under 16 before the intake (001 L1579). */
export function ParentalConsentStep({ take, pending, error }: StepProps) {
  const { t } = useTranslation();
  const [givenBy, setGivenBy] = useState<string | null>('ouder');
  const [name, setName] = useState('');
  const [date, setDate] = useState(todayIso());
  return (
    <StepCard
      title={t('steps.parentalConsent')}
      submitLabel={t('steps.record')}
      pending={pending}
      onSubmit={() =>
        take('parental-consent', { givenBy: (givenBy ?? 'ouder') as StepBody<'parental-consent'>['givenBy'], name, date })
      }
    >
      <Text size="sm">{t('steps.parentalConsentWhy')}</Text>
      <Group grow align="flex-start">
        <Select
          label={t('steps.givenBy')}
          data={['ouder', 'wettelijk_vertegenwoordiger'].map((v) => ({ value: v, label: t(`agreedBy.${v}`) }))}
          value={givenBy}
          onChange={setGivenBy}
          allowDeselect={false}
        />
        <TextInput
          label={t('steps.consentName')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(error, '/name', t)}
        />
        <DateField label={t('steps.date')} value={date} onChange={setDate} />
      </Group>
    </StepCard>
  );
}

/** Involve a naaste: only at the client's request or on the professional's indication (001 L838-840). */
export function NaasteStep({ view, take, pending, error }: StepProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  // The ground for involving a naaste (001 L838-840) is chosen, never pre-selected (issue 14).
  const [basis, setBasis] = useState('');
  const [unanswered, setUnanswered] = useState(false);
  return (
    <StepCard
      title={t('steps.naaste')}
      submitLabel={t('steps.involve')}
      pending={pending}
      onSubmit={() =>
        basis === '' ? setUnanswered(true) : take('naasten', { name, relation, basis: basis as StepBody<'naasten'>['basis'] })
      }
    >
      {view.naasten.length > 0 && (
        <Text size="sm">
          {t('steps.naastenInvolved', {
            names: view.naasten.map((n) => `${n.name} (${n.relation}, ${t(`naasteBasis.${n.basis}`)})`).join(', '),
          })}
        </Text>
      )}
      <Group grow align="flex-start">
        <TextInput
          label={t('steps.naasteName')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(error, '/name', t)}
        />
        <TextInput
          label={t('steps.naasteRelation')}
          value={relation}
          onChange={(e) => setRelation(e.currentTarget.value)}
          error={fieldError(error, '/relation', t)}
        />
      </Group>
      <Radio.Group
        label={t('steps.naasteBasis')}
        value={basis}
        onChange={(value) => {
          setBasis(value);
          setUnanswered(false);
        }}
        withAsterisk
        error={unanswered ? t('steps.chooseAnswer') : fieldError(error, '/basis', t)}
      >
        <Group>
          <Radio value="verzoek_client" label={t('naasteBasis.verzoek_client')} />
          <Radio value="indicatie_professional" label={t('naasteBasis.indicatie_professional')} />
        </Group>
      </Radio.Group>
    </StepCard>
  );
}
