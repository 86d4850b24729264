import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswerProposal, useChangeToNo, type Proposal } from '../../api/proposals';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { proposalStateKey } from '../daginvulling/ProposalSection';

type Side = Proposal['answers'][number]['party'];

/**
 * The current answer of this side, and of the other side, so far (ages 12 up to 16: one of each, BW 7:450 lid 2); a
 * side's later answer replaces its earlier one.
 */
function answersBySide(proposal: Proposal, side: Side) {
  const latest = [...proposal.answers].reverse();
  return {
    mine: latest.find((a) => a.party === side),
    other: latest.find((a) => a.party !== side),
  };
}

/**
 * One open proposal in plain words (B1), for a phone, with yes and no; neither is chosen beforehand. `forName` is set
 * when a legal representative answers for the person: the buttons then say on whose behalf. From 12 up to 16 the young
 * person and a parent choose together: the card says so, says who already answered, and after this side's yes shows
 * that it waits for the other instead of the buttons.
 */
export function OpenProposalCard({ clientId, proposal, forName }: { clientId: string; proposal: Proposal; forName?: string }) {
  const { t, i18n } = useTranslation();
  const answer = useAnswerProposal(clientId);
  const changeToNo = useChangeToNo(clientId);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const side: Side = forName ? 'representative' : 'person';
  const { mine, other } = answersBySide(proposal, side);
  const together = proposal.answeredTogether;
  // "Toch niet" (issue 14): the one who said yes may still say no while it waits for the other side. From 16 a
  // parent no longer answers (BW 7:447), so only while they answer together; the young person always (the server
  // decides, and explains when it refuses).
  const mayChange = mine?.answer === 'accepted' && mine.answeredByMe && (side === 'person' || together);
  // The young person turned 16 while their yes waited: they decide alone now, so their yes today accepts it.
  const confirmAlone = side === 'person' && !together && mine?.answer === 'accepted';
  const error = answer.error ?? changeToNo.error;
  const sendNo = () => {
    const why = reason.trim() || undefined;
    if (mine) changeToNo.mutate({ proposalId: proposal.id, party: side, reason: why });
    else answer.mutate({ proposalId: proposal.id, answer: 'decline', reason: why });
  };
  const yesButton = (
    <Button
      size="lg"
      fullWidth
      loading={answer.isPending}
      onClick={() => answer.mutate({ proposalId: proposal.id, answer: 'accept' })}
    >
      {!forName
        ? t('myProposals.yes')
        : together
          ? t('representedProposals.yesTogether')
          : t('representedProposals.yes', { name: forName })}
    </Button>
  );
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
      {together && !mine && !other && (
        <Text mt="xs" fw={600}>
          {forName ? t('representedProposals.together', { name: forName }) : t('myProposals.together')}
        </Text>
      )}
      {!mine && other && (
        <Text mt="xs" fw={600}>
          {forName
            ? t('representedProposals.personSaidYes', { name: forName })
            : t('myProposals.parentSaidYes', { by: other.answeredBy })}
        </Text>
      )}
      <ProblemAlert error={error} />
      {answer.isSuccess && (
        <Alert color="teal" role="status" mt="xs">
          {t('myProposals.thanks')}
        </Alert>
      )}
      {declining ? (
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
            <Button size="lg" loading={answer.isPending || changeToNo.isPending} onClick={sendNo}>
              {t('myProposals.sendNo')}
            </Button>
            <Button size="lg" variant="subtle" onClick={() => setDeclining(false)}>
              {t('myProposals.back')}
            </Button>
          </Group>
        </Stack>
      ) : confirmAlone ? (
        <Stack mt="md" gap="sm">
          <Alert color="blue" role="status">
            {t('myProposals.nowSixteen')}
          </Alert>
          {yesButton}
          <Button size="lg" fullWidth variant="outline" onClick={() => setDeclining(true)}>
            {t('myProposals.changeToNo')}
          </Button>
        </Stack>
      ) : mine ? (
        <Stack mt="md" gap="sm">
          <Alert color="blue" role="status">
            {!forName
              ? t('myProposals.waitingForParent')
              : mine.answeredByMe
                ? t('representedProposals.waitingForPerson', { name: forName })
                : t('representedProposals.otherParentAnswered', { by: mine.answeredBy, name: forName })}
          </Alert>
          {mayChange && (
            <>
              <Text size="sm">{t('myProposals.changeHelp')}</Text>
              <Button size="lg" fullWidth variant="outline" onClick={() => setDeclining(true)}>
                {t('myProposals.changeToNo')}
              </Button>
            </>
          )}
        </Stack>
      ) : (
        <Stack mt="md" gap="sm">
          {yesButton}
          <Button size="lg" fullWidth variant="outline" onClick={() => setDeclining(true)}>
            {!forName
              ? t('myProposals.no')
              : together
                ? t('representedProposals.noTogether')
                : t('representedProposals.no', { name: forName })}
          </Button>
        </Stack>
      )}
    </Card>
  );
}

/**
 * A proposal that is no longer waiting: answered, or withdrawn (by whom and why), in plain words. When the young person
 * and a parent answer together (12 up to 16), a no says who said it, and why if they said.
 */
export function ClosedProposalCard({ proposal, forName }: { proposal: Proposal; forName?: string }) {
  const { t } = useTranslation();
  const state = proposalStateKey(proposal).replace('proposals.', '');
  const no = proposal.status === 'declined' ? [...proposal.answers].reverse().find((a) => a.answer === 'declined') : undefined;
  const joint = no !== undefined && (proposal.answeredTogether || proposal.answers.length > 1);
  // A no that replaced the same side's yes ("Toch niet") says so.
  const whoSaidNo = (answer: NonNullable<typeof no>): string => {
    const changed = answer.replacesEarlier;
    if (!forName) {
      if (answer.party === 'person') return changed ? t('myProposals.youChangedToNo') : t('myProposals.status.declined');
      return t(changed ? 'myProposals.parentChangedToNo' : 'myProposals.declinedBy', { by: answer.answeredBy });
    }
    if (answer.party === 'person')
      return t(changed ? 'representedProposals.personChangedToNo' : 'representedProposals.declinedByPerson', { name: forName });
    if (answer.answeredByMe) return changed ? t('representedProposals.youChangedToNo') : t('representedProposals.youSaidNo');
    return t(changed ? 'representedProposals.otherChangedToNo' : 'representedProposals.declinedByOther', {
      by: answer.answeredBy,
    });
  };
  return (
    <Card withBorder>
      <Text fw={600}>{proposal.offerName}</Text>
      {proposal.status === 'withdrawn' && proposal.withdrawnBy ? (
        <Text>{t('myProposals.withdrawnBy', { name: proposal.withdrawnBy })}</Text>
      ) : no && joint ? (
        <Text>{whoSaidNo(no)}</Text>
      ) : (
        <Text>{forName ? t(`representedProposals.${state}`, { name: forName }) : t(`myProposals.${state}`)}</Text>
      )}
      {no?.reason && joint && <Text>{t('myProposals.why', { reason: no.reason })}</Text>}
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
