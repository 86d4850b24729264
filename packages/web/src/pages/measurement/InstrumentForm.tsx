import { Button, Group, NumberInput, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminister, type OccasionForm } from '../../api/measurement';
import { ProblemAlert } from '../../components/ProblemAlert';

/**
 * How the therapist fills in: `paper` (typing over the paper form the client filled in), `together` (on screen
 * with the client, recorded as "samen ingevuld"), or `own` (an instrument the therapist fills in: ZRM, GAS,
 * the therapist's WAV).
 */
export type FillMode = 'paper' | 'together' | 'own';

type Item = OccasionForm['form']['items'][number];

/** One item by its answer type; the label is the loaded wording, else the shipped label, else "Vraag n". */
export function ItemField({
  item,
  index,
  value,
  onChange,
}: {
  item: Item;
  index: number;
  value: number | boolean | undefined;
  onChange: (v: number | boolean | undefined) => void;
}) {
  const { t } = useTranslation();
  const label = item.text ?? item.label ?? t('measurementForm.question', { n: index + 1 });
  const answer = item.answer;
  if (!answer) return null;
  if (answer.kind === 'vas')
    return (
      <NumberInput
        label={label}
        description={t('measurementForm.cm')}
        min={0}
        max={10}
        step={0.1}
        decimalScale={1}
        decimalSeparator=","
        value={typeof value === 'number' ? value : ''}
        onChange={(v) => onChange(typeof v === 'number' ? v : undefined)}
      />
    );
  if (answer.kind === 'yes_no')
    return (
      <Radio.Group
        label={label}
        value={value === undefined ? null : value ? 'yes' : 'no'}
        onChange={(v) => onChange(v === 'yes')}
      >
        <Group mt={4}>
          <Radio value="yes" label={t('measurementForm.yes')} />
          <Radio value="no" label={t('measurementForm.no')} />
        </Group>
      </Radio.Group>
    );
  const levels =
    answer.kind === 'likert' ? Array.from({ length: answer.max - answer.min + 1 }, (_, i) => answer.min + i) : [...answer.levels];
  return (
    <Radio.Group label={label} value={value === undefined ? null : String(value)} onChange={(v) => onChange(Number(v))}>
      <Group mt={4} gap="sm">
        {levels.map((level) => {
          const text = item.options?.[String(level)];
          const shown = level > 0 && answer.kind === 'level' && levels.some((l) => l < 0) ? `+${level}` : String(level);
          return <Radio key={level} value={String(level)} label={text ? `${shown} · ${text}` : shown} />;
        })}
      </Group>
    </Radio.Group>
  );
}

/** One questionnaire of a due occasion, every item empty until answered; required items must be answered. */
export function InstrumentForm({
  clientId,
  trajectoryId,
  shown,
  mode,
  onDone,
}: {
  clientId: string;
  trajectoryId: string;
  shown: OccasionForm;
  mode: FillMode;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const administer = useAdminister(clientId, trajectoryId);
  const [answers, setAnswers] = useState<Record<string, number | boolean>>({});
  const items = shown.form.items;
  const complete = items.every((i) => i.answer?.kind === 'yes_no' || answers[i.id] !== undefined);
  const o = shown.occasion;
  return (
    <Stack gap="sm" mt="xs">
      <Title order={4} size="h5">
        {shown.form.title}
      </Title>
      <Text size="sm">{t(`measurementForm.mode.${mode}`)}</Text>
      {mode === 'together' && shown.form.instructions && <Text size="sm">{shown.form.instructions}</Text>}
      {items.map((item, index) => (
        <ItemField
          key={item.id}
          item={item}
          index={index}
          value={answers[item.id]}
          onChange={(v) => {
            setAnswers(
              v === undefined
                ? Object.fromEntries(Object.entries(answers).filter(([k]) => k !== item.id))
                : { ...answers, [item.id]: v },
            );
          }}
        />
      ))}
      {shown.form.copyright && <Text size="xs">{shown.form.copyright}</Text>}
      <ProblemAlert error={administer.error} />
      <Group>
        <Button
          disabled={!complete}
          loading={administer.isPending}
          onClick={() =>
            administer.mutate(
              {
                instrumentId: o.instrumentId,
                occasionId: o.occasionId,
                moment: o.moment,
                sessionId: o.sessionId,
                respondent: o.respondent,
                mode: mode === 'paper' ? 'paper' : 'digital',
                answers,
                vasInput: 'cm',
                ...(mode === 'paper' ? { administeredOn: o.date } : {}),
              },
              { onSuccess: onDone },
            )
          }
        >
          {t('measurementForm.save')}
        </Button>
        <Button variant="subtle" onClick={onDone}>
          {t('measurement.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
