import { Anchor, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClients } from '../../api/clients';
import { ProblemAlert } from '../../components/ProblemAlert';

/** The clients I have a relationship with (or the directory, for roles that have it). */
export function ClientsPage() {
  const { t } = useTranslation();
  const clients = useClients();
  return (
    <Stack>
      <Title order={2}>{t('clients.title')}</Title>
      {clients.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={clients.error} />
      {clients.data?.items.length === 0 && <Text c="dimmed">{t('clients.empty')}</Text>}
      {clients.data && clients.data.items.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('clients.name')}</Table.Th>
              <Table.Th>{t('clients.birthDate')}</Table.Th>
              <Table.Th>{t('clients.relation')}</Table.Th>
              <Table.Th>{t('clients.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {clients.data.items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/clienten/${c.id}`}>
                    {c.givenName} {c.familyName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.birthDate}</Table.Td>
                <Table.Td>{t(`relation.${c.relation}`)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/clienten/${c.id}/aanbod`}>
                    {t('clients.findOffers', { name: c.givenName })}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
