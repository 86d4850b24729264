import type { DataCategory } from '@meedoen/core';
import { Alert, Button, Card, Checkbox, Group, List, Loader, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useConsentCandidates, useConsents, useGrantConsent, useRevokeConsent, type Consent } from '../../api/consents';
import { useClientRecord } from '../../api/clients';
import { useMe } from '../../api/session';
import { fieldError } from '../../components/field-errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { DateField } from '../../components/DateField';

/** A button that names a person wraps its words on a phone instead of cutting the name off. */
const WRAP = { root: { height: 'auto', minHeight: 'var(--button-height)' }, label: { whiteSpace: 'normal' as const } };

/** What a person can let someone see, in the order people think of it; the care team and the log are not given away. */
const SHAREABLE: readonly DataCategory[] = ['personalia', 'participation_plan', 'day_activities', 'treatment', 'measurements'];

/** The client decides who may look along, and can stop it at any time (consent is append-only: stopping is recorded). */
export function ConsentPage() {
  const { t } = useTranslation();
  const clientId = useMe().data?.user.clientId;
  if (!clientId) return <Text>{t('myPlan.noRecord')}</Text>;
  return <ConsentSettings clientId={clientId} />;
}

function ConsentSettings({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const consents = useConsents(clientId);
  const active = (consents.data ?? []).filter((c) => c.active);
  const earlier = (consents.data ?? []).filter((c) => !c.active);
  return (
    <Stack maw={900}>
      <Title order={2}>{t('consent.title')}</Title>
      <Text size="lg">{t('consent.intro')}</Text>
      <Title order={3} size="h4">
        {t('consent.now')}
      </Title>
      {consents.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={consents.error} />
      {consents.data && active.length === 0 && <Text>{t('consent.nobody')}</Text>}
      {active.map((consent) => (
        <ActiveConsent key={consent.id} clientId={clientId} consent={consent} />
      ))}
      <GrantForm clientId={clientId} />
      {earlier.length > 0 && (
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('consent.earlier')}
          </Title>
          <List>
            {earlier.map((c) => (
              <List.Item key={c.id}>
                {c.granteeName}: {c.categories.map((cat) => t(`myData.${cat}`)).join(', ')} · {recordedLine(c, t, i18n.language)}{' '}
                ·{' '}
                {c.revokedAt
                  ? t('consent.stoppedOn', { date: formatDate(c.revokedAt, i18n.language) })
                  : t('consent.endedOn', { date: c.validUntil ? formatDate(c.validUntil, i18n.language) : '—' })}
              </List.Item>
            ))}
          </List>
        </Card>
      )}
    </Stack>
  );
}

/** "Vastgelegd door …": who recorded the consent, how it was given and when — so the client can check it. */
export function recordedLine(consent: Consent, t: TFunction, language: string): string {
  return t('consent.recordedBy', {
    name: consent.recordedByName,
    how: t(`consent.how.${consent.recordedHow}`),
    date: formatDate(consent.recordedAt, language),
  });
}

function ActiveConsent({ clientId, consent }: { clientId: string; consent: Consent }) {
  const { t, i18n } = useTranslation();
  const revoke = useRevokeConsent(clientId);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <Card withBorder component="article" aria-label={consent.granteeName}>
      <Text fw={700} size="lg">
        {consent.granteeName}
        {consent.granteeRoles.length > 0 && ` (${consent.granteeRoles.map((r) => t(`role.${r}`)).join(', ')})`}
      </Text>
      <Text>{t('consent.maySee', { list: consent.categories.map((cat) => t(`myData.${cat}`)).join(', ') })}</Text>
      <Text c="dimmed">
        {consent.validUntil
          ? t('consent.until', { date: formatDate(consent.validUntil, i18n.language) })
          : t('consent.untilYouStop')}
      </Text>
      <Text>{recordedLine(consent, t, i18n.language)}</Text>
      <ProblemAlert error={revoke.error} />
      {asking ? (
        <Stack mt="sm" gap="xs">
          <Textarea label={t('consent.whyStop')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Group>
            <Button
              size="lg"
              color="red.9"
              styles={WRAP}
              loading={revoke.isPending}
              onClick={() => revoke.mutate({ consentId: consent.id, reason })}
            >
              {t('consent.confirmStop', { name: consent.granteeName })}
            </Button>
            <Button size="lg" variant="default" onClick={() => setAsking(false)}>
              {t('consent.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Group mt="sm">
          <Button size="lg" variant="outline" color="red.9" styles={WRAP} onClick={() => setAsking(true)}>
            {t('consent.stop', { name: consent.granteeName })}
          </Button>
        </Group>
      )}
    </Card>
  );
}

function GrantForm({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  // A parent or legal representative gives the consent in their own name (WGBO BW 7:465), the client in theirs.
  const me = useMe().data?.user;
  const record = useClientRecord(clientId);
  const ownRepresentation = record.data?.representatives?.find((r) => r.userId === me?.id && r.active);
  const givenBy = ownRepresentation?.relation ?? 'client';
  const candidates = useConsentCandidates(clientId);
  const grant = useGrantConsent(clientId);
  const [who, setWho] = useState<string | null>(null);
  const [categories, setCategories] = useState<DataCategory[]>([]);
  const [until, setUntil] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const person = candidates.data?.find((c) => c.userId === who);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!person) return;
    grant.mutate(
      {
        granteeUserId: person.userId,
        categories,
        level: 'read',
        validUntil: until || null,
        givenBy,
        recordedHow: 'portal',
        // 001 L838-840: a naaste is involved here on the client's own request.
        naasteBasis: person.roles.includes('naaste') ? 'verzoek_client' : null,
      },
      {
        onSuccess: () => {
          setDone(person.displayName);
          setWho(null);
          setCategories([]);
          setUntil('');
        },
      },
    );
  };
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="grant-title">
      <Title id="grant-title" order={3} size="h4" mb="xs">
        {t('consent.grantTitle')}
      </Title>
      {done && (
        <Alert color="teal" role="status" mb="sm">
          {t('consent.granted', { name: done })}
        </Alert>
      )}
      <ProblemAlert error={grant.error} />
      <Stack>
        <Select
          size="lg"
          label={t('consent.who')}
          placeholder={t('consent.choosePerson')}
          searchable
          data={(candidates.data ?? []).map((c) => ({
            value: c.userId,
            label: `${c.displayName} (${c.roles.map((r) => t(`role.${r}`)).join(', ')})`,
          }))}
          value={who}
          onChange={setWho}
          error={fieldError(grant.error, '/granteeUserId', t) ?? fieldError(grant.error, '/naasteBasis', t)}
        />
        <Checkbox.Group
          label={t('consent.what')}
          value={categories}
          onChange={(v) => setCategories(v as DataCategory[])}
          error={fieldError(grant.error, '/categories', t)}
        >
          <Stack gap="sm" mt="xs">
            {SHAREABLE.map((category) => (
              <Checkbox key={category} size="lg" value={category} label={t(`myData.${category}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <DateField
          size="lg"
          label={t('consent.howLong')}
          description={t('consent.howLongHelp')}
          value={until}
          onChange={(v) => setUntil(v)}
          error={fieldError(grant.error, '/validUntil', t)}
        />
        {fieldError(grant.error, '/givenBy', t) && <Text c="red.9">{fieldError(grant.error, '/givenBy', t)}</Text>}
        <Group>
          <Button type="submit" size="lg" loading={grant.isPending} disabled={!person || categories.length === 0}>
            {t('consent.give')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
