import { Badge, Button, Card, Group, Loader, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_STATUSES } from '@meedoen/core';
import {
  useConsentOverview,
  type ConsentOverviewFilter,
  type ConsentStatus,
  type OverviewConsent,
} from '../../api/consent-overview';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatNumericDate } from '../../i18n/format';

/** Days ahead to look for consents that end soon. */
const EXPIRING_CHOICES = ['7', '30', '90'];

const STATUS_COLOUR: Record<ConsentStatus, string> = {
  active: 'teal.9',
  not_started: 'blue.9',
  expired: 'gray.8',
  revoked: 'red.9',
};

/**
 * Issue 14: the privacy officer's overview of consents across persons — who may look along in whose data, until
 * when, and who recorded or stopped it. Read-only: she is on no care team and opens no record from here.
 */
export function ConsentOverviewPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ConsentOverviewFilter>({ status: '', expiringWithinDays: '', name: '' });
  // The name is searched when asked for, not per keystroke: every answer is an access recorded in the log.
  const [name, setName] = useState('');
  const overview = useConsentOverview(filter);
  const consents = overview.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack>
      <Title order={2}>{t('consentOverview.title')}</Title>
      <Text>{t('consentOverview.intro')}</Text>
      <Text size="sm">{t('consentOverview.logged')}</Text>
      <Text size="sm">{t('consentOverview.readOnly')}</Text>

      <Stack gap="xs" component="section" aria-labelledby="consent-filters">
        <Title order={3} id="consent-filters">
          {t('consentOverview.filters')}
        </Title>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setFilter({ ...filter, name });
          }}
        >
          <Group align="end" wrap="wrap">
            <TextInput
              label={t('consentOverview.name')}
              description={t('consentOverview.nameHint')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              maxLength={100}
            />
            <Button type="submit" variant="default">
              {t('consentOverview.search')}
            </Button>
          </Group>
        </form>
        <Group align="end" wrap="wrap">
          <NativeSelect
            label={t('consentOverview.status')}
            value={filter.status}
            onChange={(e) => setFilter({ ...filter, status: e.currentTarget.value as ConsentOverviewFilter['status'] })}
            data={[
              { value: '', label: t('consentOverview.statusAll') },
              ...CONSENT_STATUSES.map((status) => ({ value: status, label: t(`consentStatus.${status}`) })),
            ]}
          />
          <NativeSelect
            label={t('consentOverview.expiring')}
            value={filter.expiringWithinDays}
            onChange={(e) => setFilter({ ...filter, expiringWithinDays: e.currentTarget.value })}
            data={[
              { value: '', label: t('consentOverview.expiringAny') },
              ...EXPIRING_CHOICES.map((days) => ({
                value: days,
                label: t('consentOverview.expiringDays', { count: Number(days) }),
              })),
            ]}
          />
        </Group>
      </Stack>

      {overview.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={overview.error} />
      {overview.data && consents.length === 0 && <Text c="dimmed">{t('consentOverview.none')}</Text>}
      {consents.length > 0 && (
        <Stack gap="sm" component="section" aria-label={t('consentOverview.results')}>
          {consents.map((consent) => (
            <ConsentCard key={consent.id} consent={consent} />
          ))}
        </Stack>
      )}
      {overview.hasNextPage && (
        <Group>
          <Button variant="default" onClick={() => void overview.fetchNextPage()} loading={overview.isFetchingNextPage}>
            {t('consentOverview.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function ConsentCard({ consent }: { consent: OverviewConsent }) {
  const { t } = useTranslation();
  const roles = consent.granteeRoles.map((role) => t(`role.${role}`)).join(', ');
  return (
    <Card
      withBorder
      component="article"
      aria-label={t('consentOverview.cardLabel', { client: consent.clientName, grantee: consent.granteeName })}
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={4}>{consent.clientName}</Title>
        <Badge color={STATUS_COLOUR[consent.status]}>{t(`consentStatus.${consent.status}`)}</Badge>
      </Group>
      <Text mt="xs" style={{ overflowWrap: 'anywhere' }}>
        <strong>{t('consentOverview.grantee')}</strong> {consent.granteeName}
        {roles ? ` (${roles})` : ''}
      </Text>
      <Text>
        <strong>{t('consentOverview.parts')}</strong>{' '}
        {consent.categories.map((category) => t(`dataCategory.${category}`)).join(', ')} (
        {t(consent.level === 'write' ? 'consentOverview.levelWrite' : 'consentOverview.levelRead')})
      </Text>
      <Text>
        <strong>{t('consentOverview.period')}</strong>{' '}
        {consent.validUntil
          ? t('consentOverview.fromUntil', {
              from: formatNumericDate(consent.validFrom),
              until: formatNumericDate(consent.validUntil),
            })
          : t('consentOverview.fromOpen', { from: formatNumericDate(consent.validFrom) })}
      </Text>
      <Text>
        <strong>{t('consentOverview.givenBy')}</strong> {t(`consentGiver.${consent.givenBy}`)}
      </Text>
      <Text size="sm" c="dimmed" mt="xs">
        {t('consentOverview.recorded', {
          name: consent.recordedByName || t('consentOverview.someone'),
          date: formatNumericDate(consent.recordedAt),
          how: t(`consent.how.${consent.recordedHow}`),
        })}
      </Text>
      {consent.revokedAt && (
        <Text size="sm" fw={600} c="red.9">
          {t('consentOverview.revoked', {
            name: consent.revokedByName ?? t('consentOverview.someone'),
            date: formatNumericDate(consent.revokedAt),
          })}
        </Text>
      )}
    </Card>
  );
}
