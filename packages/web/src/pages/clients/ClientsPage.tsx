import { Anchor, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { listName } from '@meedoen/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClients } from '../../api/clients';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';

/**
 * The clients I have a relationship with (or the directory, for roles that have it), sorted on the surname the
 * Dutch way ("Berg, Anna van den"); searchable by name or date of birth.
 */
export function ClientsPage() {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 250);
  const clients = useClients(debounced);
  // Until the list answers what was typed it still shows the previous one, which then reorders: a click meanwhile
  // could open another client's record (an access to the wrong person). So it waits, dimmed and not clickable.
  const settling = query.trim() !== debounced.trim() || clients.isPlaceholderData;
  return (
    <Stack>
      <Title order={2}>{t('clients.title')}</Title>
      <TextInput
        type="search"
        label={t('clients.search')}
        description={t('clients.searchHint')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        maw={480}
      />
      {clients.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={clients.error} />
      {clients.data?.items.length === 0 && (
        <Text c="dimmed">{debounced.trim() ? t('clients.noneFound', { query: debounced.trim() }) : t('clients.empty')}</Text>
      )}
      {clients.data && clients.data.items.length > 0 && (
        <Table striped aria-busy={settling} style={settling ? { opacity: 0.55, pointerEvents: 'none' } : undefined}>
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
                    {listName(c)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatDate(c.birthDate, i18n.language)}</Table.Td>
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
