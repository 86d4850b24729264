import { Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProposals } from '../../api/proposals';
import { useMe } from '../../api/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ClosedProposalCard, OpenProposalCard, splitProposals } from './ProposalCards';

/**
 * Offers proposed to me, in plain words (B1), for a phone. I say yes or no; my wish leads (003 L21: "de vraag/wens van
 * mensen is leidend"). Nothing is chosen for me: both buttons wait for my tap. A withdrawn proposal stays visible, with
 * who withdrew it and why.
 */
export function MyProposalsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const clientId = me?.user.clientId ?? '';
  const proposals = useProposals(clientId, clientId !== '');
  if (!clientId) return <Text>{t('myPlan.noRecord')}</Text>;
  const { open, earlier } = splitProposals(proposals.data);
  return (
    <Stack maw={640}>
      <Title order={2}>{t('myProposals.title')}</Title>
      <Text>{t('myProposals.intro')}</Text>
      {proposals.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={proposals.error} />
      {proposals.data && open.length === 0 && <Text>{t('myProposals.none')}</Text>}
      {open.map((p) => (
        <OpenProposalCard key={p.id} clientId={clientId} proposal={p} />
      ))}
      {earlier.length > 0 && (
        <Title order={3} size="h4">
          {t('myProposals.answered')}
        </Title>
      )}
      {earlier.map((p) => (
        <ClosedProposalCard key={p.id} proposal={p} />
      ))}
    </Stack>
  );
}
