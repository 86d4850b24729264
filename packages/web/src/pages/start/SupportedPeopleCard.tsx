import { Anchor, Card, List, Loader, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClients } from '../../api/clients';
import { ProblemAlert } from '../../components/ProblemAlert';

/**
 * For a job coach or a werkbegeleider: the people they support (care team or the person's own consent, as the
 * server lists them), each leading to the part of the plan that person shares with them.
 */
export function SupportedPeopleCard({ workFloor }: { workFloor: boolean }) {
  const { t } = useTranslation();
  const clients = useClients();
  return (
    <Card withBorder component="section" aria-labelledby="supported-heading">
      <Title order={3} size="h4" id="supported-heading" mb="xs">
        {t('supported.title')}
      </Title>
      <Text size="sm" mb="xs">
        {t('supported.intro')}
      </Text>
      {clients.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      <ProblemAlert error={clients.error} />
      {clients.data?.items.length === 0 && <Text c="dimmed">{t('supported.none')}</Text>}
      <List>
        {clients.data?.items.map((client) => (
          <List.Item key={client.id}>
            <Anchor component={Link} to={`/clienten/${client.id}/plan`}>
              {client.givenName} {client.familyName}
            </Anchor>
            {client.relation === 'consent' ? ` · ${t('supported.viaConsent')}` : ''}
            {client.relation === 'care_team' ? ` · ${t('supported.viaTeam')}` : ''}
            {' · '}
            <Anchor component={Link} to={`/clienten/${client.id}/plan#contactmomenten`}>
              {t('contactMoments.open')}
            </Anchor>
          </List.Item>
        ))}
      </List>
      {workFloor && (
        <Anchor component={Link} to="/presentielijst" mt="sm" display="block">
          {t('supported.rollCall')}
        </Anchor>
      )}
    </Card>
  );
}
