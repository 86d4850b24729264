import { Alert, Badge, Button, Card, Group, List, Loader, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useClientRecord } from '../../api/clients';
import { useMatches, useRecordUnmetNeed } from '../../api/daginvulling';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProposalList, ProposeOffer } from './ProposalSection';

/** Offers ranked for one person, each with its reasons in words; when nothing fits, record the unmet need. */
export function MatchingPage() {
  const { t, i18n } = useTranslation();
  const { clientId = '' } = useParams();
  const matches = useMatches(clientId);
  const record = useClientRecord(clientId);
  const person = record.data?.client.givenName ?? '';
  const mayPropose = record.data?.abilities.day_activities.write === true;
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <Stack maw={1000}>
      <Title order={2}>{t('matching.title')}</Title>
      <Text>{t('matching.intro')}</Text>
      <ProposalList clientId={clientId} />
      {matches.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={matches.error} />
      {matches.data && (
        <>
          <Title order={3} size="h4">
            {t('matching.ranked', { count: matches.data.ranked.length })}
          </Title>
          {matches.data.ranked.slice(0, 10).map((m, i) => (
            <Card key={m.offerId} withBorder>
              <Group justify="space-between">
                <Title order={4} size="h5">
                  {i + 1}. {m.name}
                </Title>
                <Group gap="xs">
                  <Badge variant="light">{t(`form.${m.form}`)}</Badge>
                  <Badge variant="outline" color="gray.8">
                    {t('matching.rung', { rung: m.rung })}
                  </Badge>
                  {m.travelMinutes !== null ? (
                    <Badge variant="outline" color="gray.8">
                      {t('matching.travel', { minutes: m.travelMinutes })}
                    </Badge>
                  ) : (
                    m.travelBand !== null && (
                      <Badge variant="outline" color="gray.8">
                        {t(`matching.travelBand.${m.travelBand}`)}
                      </Badge>
                    )
                  )}
                </Group>
              </Group>
              <List size="sm" mt="xs">
                {m.reasons.map((r) => (
                  <List.Item key={r.code}>{r[lang]}</List.Item>
                ))}
              </List>
              {mayPropose && person && (
                <ProposeOffer clientId={clientId} offerId={m.offerId} offerName={m.name} personName={person} />
              )}
            </Card>
          ))}
          {matches.data.excluded.length > 0 && (
            <details>
              <summary>{t('matching.excluded', { count: matches.data.excluded.length })}</summary>
              <List size="sm" mt="xs">
                {matches.data.excluded.map((e) => (
                  <List.Item key={e.offerId}>
                    {e.name}: {e.reasons.map((r) => r[lang]).join(' ')}
                  </List.Item>
                ))}
              </List>
            </details>
          )}
        </>
      )}
      <UnmetNeedForm clientId={clientId} />
    </Stack>
  );
}

function UnmetNeedForm({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const record = useRecordUnmetNeed(clientId);
  const [sought, setSought] = useState('');
  const [area, setArea] = useState('');
  const [why, setWhy] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ sought, area, whyNothingFitted: why });
  };
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Title order={3} size="h4">
        {t('unmetNeed.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('unmetNeed.intro')}
      </Text>
      <Stack>
        <TextInput label={t('unmetNeed.sought')} value={sought} onChange={(e) => setSought(e.currentTarget.value)} required />
        <TextInput label={t('unmetNeed.area')} value={area} onChange={(e) => setArea(e.currentTarget.value)} required />
        <Textarea
          label={t('unmetNeed.why')}
          value={why}
          onChange={(e) => setWhy(e.currentTarget.value)}
          required
          autosize
          minRows={2}
        />
        <ProblemAlert error={record.error} />
        {record.isSuccess && (
          <Alert color="teal" role="status">
            {t('unmetNeed.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={record.isPending}>
            {t('unmetNeed.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
