import { CONTINUUM_FORMS } from '@meedoen/core';
import { Badge, Card, Group, Loader, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOffers } from '../../api/daginvulling';
import { ProblemAlert } from '../../components/ProblemAlert';

/** The social map: search in Dutch, filter by form, read each offer in plain language. */
export function SocialMapPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [form, setForm] = useState<string | null>(null);
  const offers = useOffers({ q, form });
  return (
    <Stack>
      <Title order={2}>{t('socialMap.title')}</Title>
      <Group grow align="flex-end">
        <TextInput
          label={t('socialMap.search')}
          placeholder={t('socialMap.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
        <Select
          label={t('socialMap.form')}
          clearable
          value={form}
          onChange={setForm}
          data={CONTINUUM_FORMS.map((f) => ({ value: f, label: t(`form.${f}`) }))}
        />
      </Group>
      {offers.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={offers.error} />
      {offers.data && <Text aria-live="polite">{t('socialMap.count', { count: offers.data.length })}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {offers.data?.map((o) => (
          <Card key={o.id} withBorder component="article" aria-labelledby={`offer-${o.id}`}>
            <Group justify="space-between" align="flex-start">
              <Title order={3} size="h5" id={`offer-${o.id}`}>
                {o.name}
              </Title>
              <Badge variant="light">{t(`form.${o.form}`)}</Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {o.provider}
            </Text>
            <Text mt="xs">{o.description}</Text>
            <Text size="sm" mt="xs">
              {o.schedule.map((s) => `${s.day} ${s.from}–${s.to}`).join(', ')}
            </Text>
            <Text size="sm">{o.conditions}</Text>
            <Group gap="xs" mt="xs">
              {o.wheelchairAccessible && (
                <Badge variant="outline" color="gray.8">
                  {t('socialMap.wheelchair')}
                </Badge>
              )}
              {o.lowStimulus && (
                <Badge variant="outline" color="gray.8">
                  {t('socialMap.lowStimulus')}
                </Badge>
              )}
              {o.costPerMonth > 0 && (
                <Badge variant="outline" color="gray.8">
                  {t('socialMap.cost', { amount: o.costPerMonth })}
                </Badge>
              )}
              {o.stale && <Badge color="orange.9">{t('socialMap.stale', { date: o.lastConfirmedOn })}</Badge>}
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
