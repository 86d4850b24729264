import { DATA_CATEGORIES } from '@meedoen/core';
import { Card, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useClientRecord, useClients, type ClientListItem } from '../../api/clients';
import { useMe } from '../../api/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { SharedWithMe } from './SharedWithMe';

/**
 * For a relative or legal representative, in plain Dutch (B1): whose record I may see, what of it, and —
 * for a representative — what I may decide and on what basis. Everything shown is what the server
 * derives for me (the abilities of the record and my own representation); nothing is re-decided here.
 */
export function RelativePage() {
  const { t } = useTranslation();
  const clients = useClients();
  return (
    <Stack>
      <Title order={2}>{t('relative.title')}</Title>
      <Text>{t('relative.intro')}</Text>
      {clients.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={clients.error} />
      {clients.data?.items.length === 0 && <Text>{t('relative.nobody')}</Text>}
      {clients.data?.items.map((client) => (
        <PersonCard key={client.id} client={client} />
      ))}
    </Stack>
  );
}

function PersonCard({ client }: { client: ClientListItem }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const record = useClientRecord(client.id);
  const name = client.givenName;
  const abilities = record.data?.abilities;
  const mine = record.data?.representatives?.find((r) => r.userId === me.data?.user.id && r.active);
  const sees = DATA_CATEGORIES.filter((c) => abilities?.[c].read);
  const decides = DATA_CATEGORIES.filter((c) => abilities?.[c].write);
  return (
    <Card withBorder component="section" aria-labelledby={`person-${client.id}`}>
      <Title order={3} id={`person-${client.id}`}>
        {client.givenName} {client.familyName}
      </Title>
      {record.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={record.error} />
      {record.data && (
        <Stack gap="sm" mt="xs">
          {client.relation === 'representative' && mine?.basis ? (
            <>
              <Text>{t(`relative.basis.${mine.basis}`, { name })}</Text>
              <Text size="sm" c="dimmed">
                {mine.documentRef ? t('relative.document', { ref: mine.documentRef }) + ' ' : ''}
                {mine.approvedByName && mine.approvedAt
                  ? t('relative.approved', {
                      name: mine.approvedByName,
                      date: formatDate(mine.approvedAt.slice(0, 10), i18n.language),
                    })
                  : t('relative.since', { date: formatDate(mine.validFrom, i18n.language) })}
              </Text>
              <Text>{t('relative.involve', { name })}</Text>
            </>
          ) : (
            <Text>{t('relative.shared', { name })}</Text>
          )}
          <div>
            <Text fw={600}>{t('relative.maySee')}</Text>
            {sees.length === 0 ? (
              <Text>{t('relative.nothing')}</Text>
            ) : (
              <List>
                {sees.map((c) => (
                  <List.Item key={c}>{t(`relative.category.${c}`)}</List.Item>
                ))}
              </List>
            )}
          </div>
          {client.relation === 'representative' && (
            <div>
              <Text fw={600}>{t('relative.mayDecide')}</Text>
              {decides.length === 0 ? (
                <Text>{t('relative.nothing')}</Text>
              ) : (
                <List>
                  {decides.map((c) => (
                    <List.Item key={c}>{t(`relative.decide.${c}`)}</List.Item>
                  ))}
                </List>
              )}
              <Text size="sm" c="dimmed" mt="xs">
                {t('relative.careProviderMayDeviate')}
              </Text>
            </div>
          )}
          {(abilities?.participation_plan.read || abilities?.day_activities.read) && (
            <div>
              <Title order={4} mb="xs">
                {t('relative.whatShared', { name })}
              </Title>
              <SharedWithMe
                clientId={client.id}
                name={name}
                seesPlan={abilities.participation_plan.read}
                seesDay={abilities.day_activities.read}
              />
            </div>
          )}
        </Stack>
      )}
    </Card>
  );
}
