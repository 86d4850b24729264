import { ACCESS_ROUTES, CONTINUUM_FORMS } from '@meedoen/core';
import {
  Anchor,
  Badge,
  Card,
  Checkbox,
  Group,
  Loader,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOffers, type OfferFilters } from '../../api/daginvulling';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatSchedule } from '../../i18n/format';

const NO_FILTERS: OfferFilters = {
  q: '',
  form: null,
  access: null,
  wheelchairAccessible: false,
  lowStimulus: false,
  internal: false,
  maxCostPerMonth: null,
};

/** The social map: search in Dutch, filter by form, access, accessibility and cost; each offer opens in plain language. */
export function SocialMapPage() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<OfferFilters>(NO_FILTERS);
  const set = <K extends keyof OfferFilters>(key: K, value: OfferFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const offers = useOffers(filters);
  return (
    <Stack>
      <Title order={2}>{t('socialMap.title')}</Title>
      <Card withBorder component="form" role="search" aria-label={t('socialMap.filters')} onSubmit={(e) => e.preventDefault()}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <TextInput
            label={t('socialMap.search')}
            placeholder={t('socialMap.searchPlaceholder')}
            value={filters.q}
            onChange={(e) => set('q', e.currentTarget.value)}
          />
          <Select
            label={t('socialMap.form')}
            clearable
            value={filters.form}
            onChange={(v) => set('form', v)}
            data={CONTINUUM_FORMS.map((f) => ({ value: f, label: t(`form.${f}`) }))}
          />
          <Select
            label={t('socialMap.access')}
            clearable
            value={filters.access}
            onChange={(v) => set('access', v)}
            data={ACCESS_ROUTES.map((a) => ({ value: a, label: t(`accessRoute.${a}`) }))}
          />
          <NumberInput
            label={t('socialMap.maxCost')}
            min={0}
            prefix="€ "
            value={filters.maxCostPerMonth ?? ''}
            onChange={(v) => set('maxCostPerMonth', typeof v === 'number' ? v : null)}
          />
        </SimpleGrid>
        <Group mt="sm">
          <Checkbox
            label={t('socialMap.wheelchair')}
            checked={filters.wheelchairAccessible}
            onChange={(e) => set('wheelchairAccessible', e.currentTarget.checked)}
          />
          <Checkbox
            label={t('socialMap.lowStimulus')}
            checked={filters.lowStimulus}
            onChange={(e) => set('lowStimulus', e.currentTarget.checked)}
          />
          <Checkbox
            label={t('socialMap.internalOnly')}
            checked={filters.internal}
            onChange={(e) => set('internal', e.currentTarget.checked)}
          />
        </Group>
      </Card>
      {offers.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={offers.error} />
      {offers.data && <Text aria-live="polite">{t('socialMap.count', { count: offers.data.length })}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {offers.data?.map((o) => (
          <Card key={o.id} withBorder component="article" aria-labelledby={`offer-${o.id}`}>
            <Group justify="space-between" align="flex-start">
              <Title order={3} size="h5" id={`offer-${o.id}`}>
                <Anchor component={Link} to={`/sociale-kaart/${o.id}`} inherit>
                  {o.name}
                </Anchor>
              </Title>
              <Badge variant="light">{t(`form.${o.form}`)}</Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {o.provider}
            </Text>
            <Text mt="xs" lineClamp={3}>
              {o.description}
            </Text>
            <Text size="sm" mt="xs">
              {formatSchedule(o.schedule, t)}
            </Text>
            <Text size="sm">{t(`accessRoute.${o.access}`)}</Text>
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
              {o.stale && (
                <Badge color="orange.9">{t('socialMap.stale', { date: formatDate(o.lastConfirmedOn, i18n.language) })}</Badge>
              )}
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
