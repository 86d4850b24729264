import { Badge, Button, Card, Checkbox, Group, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBreakGlassAccesses, useReviewBreakGlass, type BreakGlassAccess } from '../../api/privacy';
import { ProblemAlert } from '../../components/ProblemAlert';

/** Emergency accesses with their reasons, for the privacy officer to review (NEN 7513 §8; DOMAIN.md §5). */
export function BreakGlassReviewPage() {
  const { t } = useTranslation();
  const [onlyUnreviewed, setOnlyUnreviewed] = useState(true);
  const accesses = useBreakGlassAccesses(onlyUnreviewed);
  return (
    <Stack>
      <Title order={2}>{t('privacy.breakGlass.title')}</Title>
      <Text>{t('privacy.breakGlass.intro')}</Text>
      <Checkbox
        label={t('privacy.breakGlass.onlyUnreviewed')}
        checked={onlyUnreviewed}
        onChange={(e) => setOnlyUnreviewed(e.currentTarget.checked)}
      />
      {accesses.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={accesses.error} />
      {accesses.data?.length === 0 && <Text c="dimmed">{t('privacy.breakGlass.none')}</Text>}
      {accesses.data?.map((access) => (
        <BreakGlassCard key={access.id} access={access} />
      ))}
    </Stack>
  );
}

function BreakGlassCard({ access }: { access: BreakGlassAccess }) {
  const { t, i18n } = useTranslation();
  const review = useReviewBreakGlass();
  const [note, setNote] = useState('');
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
  return (
    <Card withBorder component="article" aria-label={t('privacy.breakGlass.cardLabel', { name: access.clientName })}>
      <Group justify="space-between">
        <Text fw={600}>{t('privacy.breakGlass.who', { user: access.userName, client: access.clientName })}</Text>
        {access.reviewedAt ? (
          <Badge color="teal.9">{t('privacy.breakGlass.reviewed')}</Badge>
        ) : (
          <Badge color="orange.9">{t('privacy.breakGlass.toReview')}</Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('privacy.breakGlass.period', {
          from: when.format(new Date(access.openedAt)),
          until: when.format(new Date(access.expiresAt)),
        })}
      </Text>
      <Text mt="xs">
        <strong>{t('privacy.breakGlass.reason')}</strong> {access.reason}
      </Text>
      {access.reviewedAt ? (
        <Text mt="xs">
          <strong>{t('privacy.breakGlass.note')}</strong> {access.reviewNote}{' '}
          <Text span size="sm" c="dimmed">
            ({when.format(new Date(access.reviewedAt))})
          </Text>
        </Text>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            review.mutate({ id: access.id, note: note.trim() });
          }}
        >
          <Textarea
            mt="sm"
            label={t('privacy.breakGlass.note')}
            description={t('privacy.breakGlass.noteHint')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            required
            autosize
            minRows={2}
          />
          <ProblemAlert error={review.error} />
          <Group mt="sm">
            <Button type="submit" disabled={note.trim().length === 0} loading={review.isPending}>
              {t('privacy.breakGlass.markReviewed')}
            </Button>
          </Group>
        </form>
      )}
    </Card>
  );
}
