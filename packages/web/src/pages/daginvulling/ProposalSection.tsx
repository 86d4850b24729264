import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDeclineRequest, useProposals, useProposeOffer, type Proposal } from '../../api/proposals';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { PlacementForm } from './PlacementForm';
import { WithdrawProposal } from './WithdrawProposal';

/** The state of a proposal in words: its answer, and after acceptance the enrolment request's outcome. */
export function proposalStateKey(p: Proposal): string {
  // From 12 up to 16 a first answer waits for the second (BW 7:450 lid 2).
  if (p.status === 'proposed' && p.answers.length > 0) return 'proposals.status.waiting';
  if (p.status !== 'accepted') return `proposals.status.${p.status}`;
  return `proposals.request.${p.requestStatus ?? 'open'}`;
}

/** "Voorstellen aan <naam>": a short message in plain words, then a confirmation before it is sent. */
export function ProposeOffer({ clientId, offerId, offerName, personName }: ProposeProps) {
  const { t } = useTranslation();
  const propose = useProposeOffer(clientId);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  if (propose.isSuccess)
    return (
      <Alert color="teal" role="status" mt="xs">
        {t('proposals.sent', { name: personName })}
      </Alert>
    );
  if (!open)
    return (
      <Group mt="xs">
        <Button variant="light" onClick={() => setOpen(true)}>
          {t('proposals.propose', { name: personName })}
        </Button>
      </Group>
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirming) setConfirming(true);
    else propose.mutate({ offerId, message });
  };
  return (
    <Stack component="form" onSubmit={submit} mt="xs" gap="xs">
      <Textarea
        label={t('proposals.message', { name: personName })}
        description={t('proposals.messageHelp')}
        value={message}
        onChange={(e) => {
          setMessage(e.currentTarget.value);
          setConfirming(false);
        }}
        required
        maxLength={1000}
        autosize
        minRows={2}
      />
      {confirming && (
        <Alert color="blue" role="status">
          {t('proposals.confirm', { name: personName, offer: offerName })}
        </Alert>
      )}
      <ProblemAlert error={propose.error} />
      <Group>
        <Button type="submit" loading={propose.isPending}>
          {confirming ? t('proposals.send') : t('proposals.next')}
        </Button>
        <Button variant="subtle" onClick={() => setOpen(false)}>
          {t('proposals.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

interface ProposeProps {
  clientId: string;
  offerId: string;
  offerName: string;
  personName: string;
}

/**
 * Every proposal to this person with its state. An unanswered proposal can be withdrawn with a reason; an open enrolment
 * request is handled here: the coordinator places the person (the placement form) or declines with a reason.
 */
export function ProposalList({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const proposals = useProposals(clientId);
  if (!proposals.data || proposals.data.length === 0) return <ProblemAlert error={proposals.error} />;
  return (
    <Card withBorder component="section" aria-labelledby="proposals-heading">
      <Title order={3} size="h4" id="proposals-heading">
        {t('proposals.title')}
      </Title>
      <Stack gap="sm" mt="xs">
        {proposals.data.map((p) => (
          <div key={p.id}>
            <Group gap="xs">
              <Text fw={600}>{p.offerName}</Text>
              <Badge variant="outline" color="gray.8">
                {t(proposalStateKey(p))}
              </Badge>
            </Group>
            <Text size="sm">
              {t('proposals.by', { name: p.proposedBy, date: formatDate(p.proposedAt.slice(0, 10), i18n.language) })}
            </Text>
            {p.status === 'proposed' &&
              p.answers.map((a) => (
                <Text size="sm" key={a.party}>
                  {t(a.party === 'person' ? 'proposals.waitingForParent' : 'proposals.waitingForPerson', { by: a.answeredBy })}
                </Text>
              ))}
            {p.status === 'declined' && p.answeredBy && (
              <Text size="sm">
                {t(
                  p.answers.some((a) => a.answer === 'declined' && a.replacesEarlier)
                    ? 'proposals.changedToNoBy'
                    : 'proposals.declinedBy',
                  {
                    name: p.answeredBy,
                  },
                )}
              </Text>
            )}
            {p.answerReason && <Text size="sm">{t('proposals.theirReason', { reason: p.answerReason })}</Text>}
            {p.requestDeclineReason && <Text size="sm">{t('proposals.requestReason', { reason: p.requestDeclineReason })}</Text>}
            {p.status === 'withdrawn' && p.withdrawnBy && (
              <Text size="sm">
                {t('proposals.withdrawnBy', { name: p.withdrawnBy })}
                {p.withdrawReason ? ` ${t('proposals.withdrawnWhy', { reason: p.withdrawReason })}` : ''}
              </Text>
            )}
            {p.status === 'proposed' && <WithdrawProposal clientId={clientId} proposalId={p.id} offerName={p.offerName} />}
            {p.requestStatus === 'open' && <HandleRequest clientId={clientId} proposal={p} />}
            {p.requestStatus === 'placed' && p.requestClosedBy && (
              <Text size="sm">
                {t('proposals.placedBy', { name: p.requestClosedBy })}{' '}
                <Anchor component={Link} to={`/clienten/${clientId}`}>
                  {t('proposals.seeRecord')}
                </Anchor>
              </Text>
            )}
          </div>
        ))}
      </Stack>
    </Card>
  );
}

/** An open enrolment request: place the person, or decline with a reason. Neither is chosen for the coordinator. */
function HandleRequest({ clientId, proposal }: { clientId: string; proposal: Proposal }) {
  const { t } = useTranslation();
  const decline = useDeclineRequest(clientId);
  const [mode, setMode] = useState<'place' | 'decline' | null>(null);
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    decline.mutate({ proposalId: proposal.id, reason });
  };
  return (
    <Stack gap="xs" mt="xs">
      <Text size="sm">{t('proposals.requestHelp')}</Text>
      {mode === null && (
        <Group>
          <Button onClick={() => setMode('place')}>{t('placement.open')}</Button>
          <Button variant="subtle" onClick={() => setMode('decline')}>
            {t('proposals.declineRequest')}
          </Button>
        </Group>
      )}
      {mode === 'place' && <PlacementForm clientId={clientId} proposal={proposal} onCancel={() => setMode(null)} />}
      {mode === 'decline' && (
        <Stack component="form" onSubmit={submit} gap="xs">
          <Textarea
            label={t('proposals.declineRequestReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            maxLength={1000}
            autosize
          />
          <ProblemAlert error={decline.error} />
          <Group>
            <Button type="submit" loading={decline.isPending}>
              {t('proposals.declineRequestSend')}
            </Button>
            <Button variant="subtle" onClick={() => setMode(null)}>
              {t('proposals.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
