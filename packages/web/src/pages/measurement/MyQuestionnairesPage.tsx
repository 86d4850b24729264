import { Alert, Button, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useAdminister, useOpenMeasurements, type OccasionForm, type OpenQuestionnaire } from '../../api/measurement';
import { useMe } from '../../api/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { ScoreChart } from './ScoreChart';
import { ItemField } from './InstrumentForm';
import { VasSlider } from './VasSlider';

/** A chosen answer in words for the check screen: the option's text, yes/no, or "not answered". */
function answerText(t: TFunction, item: OccasionForm['form']['items'][number], value: number | boolean | undefined) {
  if (value === undefined) return t('portal.notAnswered');
  if (typeof value === 'boolean') return value ? t('measurementForm.yes') : t('measurementForm.no');
  return item.options?.[String(value)] ?? String(value);
}

const CHILD_VERSIONS = new Set(['cors', 'csrs']);

/** One questionnaire, one line per screen, then the answers as lines and "Versturen" (design §5). */
function FillIn({ clientId, q, onClose }: { clientId: string; q: OpenQuestionnaire; onClose: () => void }) {
  const { t } = useTranslation();
  const administer = useAdminister(clientId, q.trajectoryId);
  const form = q.form;
  const [answers, setAnswers] = useState<Record<string, number | boolean>>({});
  const [step, setStep] = useState(0);
  if (!form) return null;
  const items = form.items;
  const item = items[step];
  const faces = CHILD_VERSIONS.has(q.occasion.instrumentId);
  if (administer.isSuccess)
    return (
      <Card withBorder>
        <Title order={3} size="h4">
          {t('portal.sent')}
        </Title>
        <Text>{t('portal.sentHelp')}</Text>
        <Button mt="sm" size="lg" onClick={onClose}>
          {t('portal.back')}
        </Button>
      </Card>
    );
  return (
    <Card withBorder>
      <Title order={3} size="h4">
        {form.title}
      </Title>
      {form.instructions && <Text>{form.instructions}</Text>}
      {item ? (
        <Stack mt="md">
          <Text size="sm">{t('portal.stepOf', { step: step + 1, total: items.length })}</Text>
          <Text size="lg" fw={600} id={`q-${item.id}`}>
            {item.text}
          </Text>
          {item.answer?.kind === 'vas' ? (
            <VasSlider
              label={item.text ?? ''}
              anchorLow={item.anchorLow ?? ''}
              anchorHigh={item.anchorHigh ?? ''}
              value={typeof answers[item.id] === 'number' ? (answers[item.id] as number) : null}
              onChange={(v) => setAnswers({ ...answers, [item.id]: v })}
              faces={faces}
            />
          ) : (
            // Other instruments (MANSA, WAV-12): the answer options of the loaded wording, as large radio buttons.
            <ItemField
              item={item}
              index={step}
              value={answers[item.id]}
              onChange={(v) => {
                setAnswers(
                  v === undefined
                    ? Object.fromEntries(Object.entries(answers).filter(([k]) => k !== item.id))
                    : { ...answers, [item.id]: v },
                );
              }}
            />
          )}
          <Group>
            {step > 0 && (
              <Button size="lg" variant="default" onClick={() => setStep(step - 1)}>
                {t('portal.previous')}
              </Button>
            )}
            <Button
              size="lg"
              disabled={answers[item.id] === undefined && item.answer?.kind !== 'yes_no'}
              onClick={() => setStep(step + 1)}
            >
              {t('portal.next')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack mt="md">
          <Text fw={600}>{t('portal.check')}</Text>
          <List>
            {items.map((i) => (
              <List.Item key={i.id}>
                {i.text}:{' '}
                {i.answer?.kind === 'vas'
                  ? t('portal.answerAt', { percent: answers[i.id] ?? 0 })
                  : answerText(t, i, answers[i.id])}
              </List.Item>
            ))}
          </List>
          <ProblemAlert error={administer.error} />
          <Group>
            <Button size="lg" variant="default" onClick={() => setStep(items.length - 1)}>
              {t('portal.previous')}
            </Button>
            <Button
              size="lg"
              loading={administer.isPending}
              onClick={() =>
                administer.mutate({
                  instrumentId: q.occasion.instrumentId,
                  occasionId: q.occasion.occasionId,
                  moment: q.occasion.moment,
                  sessionId: q.occasion.sessionId,
                  respondent: q.occasion.respondent,
                  mode: 'digital',
                  answers,
                  vasInput: 'slider_0_100',
                })
              }
            >
              {t('portal.send')}
            </Button>
          </Group>
        </Stack>
      )}
      {form.copyright && (
        <Text size="xs" mt="md">
          {form.copyright}
        </Text>
      )}
    </Card>
  );
}

/** The client's questionnaires: what is open now, filling in on a phone, and progress in plain words (B1). */
export function MyQuestionnairesPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const clientId = me?.user.clientId ?? null;
  const { data, error, isPending } = useOpenMeasurements(clientId, i18n.language);
  const [filling, setFilling] = useState<OpenQuestionnaire | null>(null);
  if (!clientId) return <Text>{t('myPlan.noRecord')}</Text>;
  if (filling) return <FillIn clientId={clientId} q={filling} onClose={() => setFilling(null)} />;
  return (
    <Stack>
      <Title order={2}>{t('portal.title')}</Title>
      {isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={error} />
      {data?.open.length === 0 && <Text>{t('portal.nothingOpen')}</Text>}
      {data?.open.map((q) => (
        <Card withBorder key={`${q.trajectoryId}-${q.occasion.occasionId}-${q.occasion.instrumentId}`}>
          <Title order={3} size="h4">
            {t(`portal.moment.${q.occasion.moment}`, { date: formatDate(q.occasion.date, i18n.language) })}
          </Title>
          {q.onScreen ? (
            <Button mt="sm" size="lg" onClick={() => setFilling(q)}>
              {t('portal.fillIn', { name: q.abbreviation })}
            </Button>
          ) : (
            <Alert mt="sm">{t('portal.onPaper')}</Alert>
          )}
        </Card>
      ))}
      {(data?.progress.length ?? 0) > 0 && <Title order={3}>{t('portal.progress')}</Title>}
      {data?.progress.map((p) => (
        <Card withBorder key={`${p.trajectoryId}-${p.instrumentId}`}>
          <ScoreChart chart={p} title={t('portal.howItGoes')} plain />
          <Text mt="sm">{p.words}</Text>
        </Card>
      ))}
    </Stack>
  );
}
