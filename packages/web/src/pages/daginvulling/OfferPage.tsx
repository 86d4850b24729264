import { provisionKind } from '@meedoen/core';
import { Alert, Anchor, Badge, Card, Group, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useGroups, useOffer } from '../../api/daginvulling';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatSchedule } from '../../i18n/format';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** One social-map entry in plain language: what it is, for whom, when, where, how to get in, what it costs. */
export function OfferPage() {
  const { t, i18n } = useTranslation();
  const { offerId = '' } = useParams();
  const offer = useOffer(offerId);
  const groups = useGroups(false);
  if (offer.isPending) return <Loader aria-label={t('app.loading')} />;
  if (offer.error) return <ProblemAlert error={offer.error} />;
  const o = offer.data;
  const yes = (flag: boolean, key: 'offer.yes' | 'offer.no' = flag ? 'offer.yes' : 'offer.no') => t(key);
  const safety = (['contactPerson', 'buddy', 'houseRules'] as const).filter((k) => o.socialSafety[k]);
  const runningGroups = (groups.data ?? []).filter((g) => g.offerId === o.id);
  return (
    <Stack maw={1000}>
      <Anchor component={Link} to="/sociale-kaart">
        {t('offer.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{o.name}</Title>
          <Text c="dimmed">
            {o.provider}
            {o.internal ? ` · ${t('offer.internal')}` : ''}
          </Text>
        </div>
        <Group gap="xs">
          <Badge size="lg" variant="light">
            {t(`form.${o.form}`)}
          </Badge>
          <Badge size="lg" variant="outline" color="gray.8">
            {t(`provisionKind.${provisionKind(o.form, o.access === 'geen')}`)}
          </Badge>
        </Group>
      </Group>
      {o.stale && (
        <Alert color="orange" title={t('offer.staleTitle')}>
          {t('offer.staleText', { date: formatDate(o.lastConfirmedOn, i18n.language) })}
        </Alert>
      )}
      <Text size="lg">{o.description}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title={t('offer.forWhom')}>
          <Text>{o.forWhom || t('offer.everyone')}</Text>
          {o.interests.length > 0 && <Text mt="xs">{t('offer.interests', { list: o.interests.join(', ') })}</Text>}
          <Text mt="xs">{t(`level.${o.level}`)}</Text>
        </Section>
        <Section title={t('offer.learn')}>
          {o.learn.length === 0 ? (
            <Text c="dimmed">{t('offer.nothingListed')}</Text>
          ) : (
            <List>
              {o.learn.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
          )}
          {o.roles.length > 0 && (
            <Text mt="xs">{t('offer.roles', { list: o.roles.map((r) => t(`growthRole.${r}`)).join(' → ') })}</Text>
          )}
          {o.expertsByExperience && <Text mt="xs">{t('offer.expertsByExperience')}</Text>}
        </Section>
        <Section title={t('offer.when')}>
          <Text>{formatSchedule(o.schedule, t)}</Text>
          <Text mt="xs">
            {t(o.groupOrIndividual === 'groep' ? 'offer.inGroup' : 'offer.individual')}
            {o.capacity !== null ? ` · ${t('offer.capacity', { count: o.capacity })}` : ''}
          </Text>
          <Text>
            {t('offer.eveningsWeekends')}: {yes(o.eveningsWeekends)} · {t('offer.holidays')}: {yes(o.openInHolidays)}
          </Text>
        </Section>
        <Section title={t('offer.where')}>
          <Text>{o.online ? t('offer.online') : (o.address ?? '—')}</Text>
          {o.publicTransport && <Text mt="xs">{t('offer.publicTransport', { text: o.publicTransport })}</Text>}
          <Text mt="xs">
            {t('socialMap.wheelchair')}: {yes(o.wheelchairAccessible)} · {t('socialMap.lowStimulus')}: {yes(o.lowStimulus)} ·{' '}
            {t('offer.smallScale')}: {yes(o.smallScale)}
          </Text>
          {safety.length > 0 && (
            <Text mt="xs">{t('offer.safety', { list: safety.map((k) => t(`offer.safety.${k}`)).join(', ') })}</Text>
          )}
        </Section>
        <Section title={t('offer.howToJoin')}>
          <Text>{t(`accessRoute.${o.access}`)}</Text>
          {o.conditions && <Text mt="xs">{o.conditions}</Text>}
        </Section>
        <Section title={t('offer.money')}>
          <Text>{o.costPerMonth > 0 ? t('socialMap.cost', { amount: o.costPerMonth }) : t('offer.free')}</Text>
          {o.compensationPerHour !== null && <Text>{t('offer.compensation', { amount: o.compensationPerHour })}</Text>}
          {o.benefitEffect && <Text mt="xs">{t('offer.benefitEffect', { text: o.benefitEffect })}</Text>}
        </Section>
      </SimpleGrid>
      {(o.partners || o.results) && (
        <Section title={t('offer.more')}>
          {o.partners && <Text>{t('offer.partners', { text: o.partners })}</Text>}
          {o.results && <Text mt="xs">{t('offer.results', { text: o.results })}</Text>}
        </Section>
      )}
      {runningGroups.length > 0 && (
        <Section title={t('offer.groups')}>
          <List>
            {runningGroups.map((g) => (
              <List.Item key={g.id}>
                <Anchor component={Link} to={`/groepen#group-${g.id}`}>
                  {g.name}
                </Anchor>{' '}
                · {formatSchedule(g.schedule, t)} · {t('groups.occupancy', { count: g.participants, capacity: g.capacity })}
              </List.Item>
            ))}
          </List>
        </Section>
      )}
      <Text size="sm" c="dimmed">
        {t('offer.lastConfirmed', { date: formatDate(o.lastConfirmedOn, i18n.language) })}
      </Text>
    </Stack>
  );
}
