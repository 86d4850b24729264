import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswerProposal, type Proposal } from '../../api/proposals';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { proposalStateKey } from '../daginvulling/ProposalSection';

/**
 * One open proposal in plain words (B1), for a phone, with yes and no; neither is chosen beforehand. `forName` is set
 * when a legal representative answers for the person: the buttons then say on whose behalf.
 */
export function OpenProposalCard({ clientId, proposal, forName }: { clientId: string; proposal: Proposal; forName?: string }) {
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
            {forName ? t('representedProposals.yes', { name: forName }) : t('myProposals.yes')}
          </Button>
          <Button size="lg" fullWidth variant="outline" onClick={() => setDeclining(true)}>
            {forName ? t('representedProposals.no', { name: forName }) : t('myProposals.no')}
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

/** A proposal that is no longer waiting: answered, or withdrawn (by whom and why), in plain words. */
export function ClosedProposalCard({ proposal, forName }: { proposal: Proposal; forName?: string }) {
  const { t } = useTranslation();
  const state = proposalStateKey(proposal).replace('proposals.', '');
  return (
    <Card withBorder>
      <Text fw={600}>{proposal.offerName}</Text>
      {proposal.status === 'withdrawn' && proposal.withdrawnBy ? (
        <Text>{t('myProposals.withdrawnBy', { name: proposal.withdrawnBy })}</Text>
      ) : (
        <Text>{forName ? t(`representedProposals.${state}`, { name: forName }) : t(`myProposals.${state}`)}</Text>
      )}
      {proposal.withdrawReason && <Text>{t('myProposals.why', { reason: proposal.withdrawReason })}</Text>}
      {proposal.requestDeclineReason && <Text>{t('myProposals.why', { reason: proposal.requestDeclineReason })}</Text>}
    </Card>
  );
}

/** Open proposals first; then the earlier ones (answered or withdrawn), newest first as the API lists them. */
export function splitProposals(proposals: Proposal[] | undefined): { open: Proposal[]; earlier: Proposal[] } {
  const all = proposals ?? [];
  return { open: all.filter((p) => p.status === 'proposed'), earlier: all.filter((p) => p.status !== 'proposed') };
}
