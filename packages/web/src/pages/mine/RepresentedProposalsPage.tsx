import { Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useClients, type ClientListItem } from '../../api/clients';
import { useProposals } from '../../api/proposals';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ClosedProposalCard, OpenProposalCard, splitProposals } from './ProposalCards';

/**
 * For a legal representative (a parent of a minor, a curator or mentor): the offers proposed to the persons they
 * represent, to say yes or no on their behalf. Only the people the server lists as represented appear; whether this
 * representative may answer for this person (WGBO ages: not a parent of someone of 16 or older) the server decides
 * and explains when it refuses.
 */
export function RepresentedProposalsPage() {
  const { t } = useTranslation();
  const clients = useClients();
  const represented = clients.data?.items.filter((c) => c.relation === 'representative') ?? [];
  return (
    <Stack maw={640}>
      <Title order={2}>{t('representedProposals.title')}</Title>
      {/* Only to someone who represents a person: a relative who looks along is told no more than that (B1). */}
      {represented.length > 0 && <Text>{t('representedProposals.intro')}</Text>}
      {clients.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={clients.error} />
      {clients.data && represented.length === 0 && <Text>{t('representedProposals.nobody')}</Text>}
      {represented.map((client) => (
        <PersonProposals key={client.id} client={client} />
      ))}
    </Stack>
  );
}

function PersonProposals({ client }: { client: ClientListItem }) {
  const { t } = useTranslation();
  const proposals = useProposals(client.id);
  const { open, earlier } = splitProposals(proposals.data);
  const name = client.givenName;
  return (
    <Card withBorder component="section" aria-labelledby={`represented-${client.id}`} p="sm">
      <Title order={3} id={`represented-${client.id}`}>
        {t('representedProposals.for', { name: `${client.givenName} ${client.familyName}` })}
      </Title>
      {proposals.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={proposals.error} />
      <Stack gap="sm" mt="xs">
        {proposals.data && open.length === 0 && <Text>{t('representedProposals.none', { name })}</Text>}
        {open.map((p) => (
          <OpenProposalCard key={p.id} clientId={client.id} proposal={p} forName={name} />
        ))}
        {earlier.map((p) => (
          <ClosedProposalCard key={p.id} proposal={p} forName={name} />
        ))}
      </Stack>
    </Card>
  );
}
