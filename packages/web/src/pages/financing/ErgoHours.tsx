import { Alert, Loader, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErgoStatement } from '../../api/financing';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatCents, formatHours } from './money';

/** Ergotherapie this year in plain words: hours used and hours left of the cover; what the person pays themself. */
export function ErgoHours({ clientId, year, audience }: { clientId: string; year: number; audience: 'client' | 'professional' }) {
  const { t, i18n } = useTranslation();
  const statement = useErgoStatement(clientId, year, true);
  if (statement.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (statement.error) return <ProblemAlert error={statement.error} />;
  const s = statement.data;
  if (s.hoursUsed === 0 && s.selfPay.quarters === 0) return <Text c="dimmed">{t(`ergoHours.none.${audience}`)}</Text>;
  const total = s.hoursUsed + s.hoursLeft;
  const language = i18n.language;
  return (
    <Stack gap={4}>
      <Text>
        {t(`ergoHours.used.${audience}`, {
          used: formatHours(s.hoursUsed, language),
          left: formatHours(s.hoursLeft, language),
          year: s.year,
        })}
      </Text>
      <Progress value={total > 0 ? (s.hoursUsed / total) * 100 : 100} aria-label={t('ergoHours.bar')} />
      {s.selfPay.quarters > 0 && (
        <Alert color="orange" p="xs">
          {t(`ergoHours.selfPay.${audience}`, {
            hours: formatHours((s.selfPay.quarters * s.quarterMinutes) / 60, language),
            amount: formatCents(s.selfPay.amountCents, language),
          })}
        </Alert>
      )}
      {s.eigenRisicoApplies && <Text size="sm">{t(`ergoHours.eigenRisico.${audience}`)}</Text>}
    </Stack>
  );
}
