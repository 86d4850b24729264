import { Alert, Button, Card, Group, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswerProposal, useProposals, type Proposal } from '../../api/proposals';
import { useMe } from '../../api/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { proposalStateKey } from '../daginvulling/ProposalSection';

/**
 * Offers proposed to me, in plain words (B1), for a phone. I say yes or no; my wish leads (003 L21: "de vraag/wens van
 * mensen is leidend"). Nothing is chosen for me: both buttons wait for my tap.
 */
export function MyProposalsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const clientId = me?.user.clientId ?? '';
  const proposals = useProposals(clientId, clientId !== '');
  if (!clientId) return <Text>{t('myPlan.noRecord')}</Text>;
  const open = proposals.data?.filter((p) => p.status === 'proposed') ?? [];
  const answered = proposals.data?.filter((p) => p.status === 'accepted' || p.status === 'declined') ?? [];
  return (
    <Stack maw={640}>
      <Title order={2}>{t('myProposals.title')}</Title>
      <Text>{t('myProposals.intro')}</Text>
      {proposals.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={proposals.error} />
      {proposals.data && open.length === 0 && <Text>{t('myProposals.none')}</Text>}
      {open.map((p) => (
        <OpenProposal key={p.id} clientId={clientId} proposal={p} />
      ))}
      {answered.length > 0 && (
        <Title order={3} size="h4">
          {t('myProposals.answered')}
        </Title>
      )}
      {answered.map((p) => (
        <Card key={p.id} withBorder>
          <Text fw={600}>{p.offerName}</Text>
          <Text>{t(`myProposals.${proposalStateKey(p).replace('proposals.', '')}`)}</Text>
          {p.requestDeclineReason && <Text>{t('myProposals.why', { reason: p.requestDeclineReason })}</Text>}
        </Card>
      ))}
    </Stack>
  );
}

function OpenProposal({ clientId, proposal }: { clientId: string; proposal: Proposal }) {
  const { t, i18n } = useTranslation();
  const answer = useAnswerProposal(clientId);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <Card withBorder component="article" aria-labelledby={`proposal-${proposal.id}`}>
      <Title order={3} size="h4" id={`proposal-${proposal.id}`}>
        {proposal.offerName}
      </Title>
      {proposal.groupName && <Text>{t('myProposals.group', { group: proposal.groupName })}</Text>}
      <Text mt="xs">
        {t('myProposals.from', {
          name: proposal.proposedBy,
          date: formatDate(proposal.proposedAt.slice(0, 10), i18n.language),
        })}
      </Text>
      <Text mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
        {proposal.message}
      </Text>
      <ProblemAlert error={answer.error} />
      {answer.isSuccess && (
        <Alert color="teal" role="status" mt="xs">
          {t('myProposals.thanks')}
        </Alert>
      )}
      {!declining ? (
        <Stack mt="md" gap="sm">
          <Button
            size="lg"
            fullWidth
            loading={answer.isPending}
            onClick={() => answer.mutate({ proposalId: proposal.id, answer: 'accept' })}
          >
            {t('myProposals.yes')}
          </Button>
          <Button size="lg" fullWidth variant="outline" onClick={() => setDeclining(true)}>
            {t('myProposals.no')}
          </Button>
        </Stack>
      ) : (
        <Stack mt="md" gap="sm">
          <Textarea
            label={t('myProposals.reason')}
            description={t('myProposals.reasonHelp')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={1000}
            autosize
            minRows={2}
          />
          <Group grow>
            <Button
              size="lg"
              loading={answer.isPending}
              onClick={() => answer.mutate({ proposalId: proposal.id, answer: 'decline', reason: reason.trim() || undefined })}
            >
              {t('myProposals.sendNo')}
            </Button>
            <Button size="lg" variant="subtle" onClick={() => setDeclining(false)}>
              {t('myProposals.back')}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
