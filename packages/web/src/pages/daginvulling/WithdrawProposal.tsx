import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useWithdrawProposal } from '../../api/proposals';
import { ProblemAlert } from '../../components/ProblemAlert';

/**
 * Take back a proposal the person has not answered yet, saying why; the person then sees it as withdrawn. The server
 * decides who may (the one who proposed it, or the coordinator on the care team) and says so when someone else tries.
 */
export function WithdrawProposal({
  clientId,
  proposalId,
  offerName,
}: {
  clientId: string;
  proposalId: string;
  offerName: string;
}) {
  const { t } = useTranslation();
  const withdraw = useWithdrawProposal(clientId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open)
    return (
      <Group mt="xs">
        <Button variant="subtle" onClick={() => setOpen(true)} aria-label={t('proposals.withdrawFor', { offer: offerName })}>
          {t('proposals.withdraw')}
        </Button>
      </Group>
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    withdraw.mutate({ proposalId, reason: reason.trim() });
  };
  return (
    <Stack component="form" onSubmit={submit} gap="xs" mt="xs">
      <Textarea
        label={t('proposals.withdrawReason')}
        description={t('proposals.withdrawHelp')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        required
        maxLength={1000}
        autosize
        minRows={2}
      />
      <ProblemAlert error={withdraw.error} />
      <Group>
        <Button type="submit" color="red" loading={withdraw.isPending}>
          {t('proposals.withdrawSend')}
        </Button>
        <Button variant="subtle" onClick={() => setOpen(false)}>
          {t('proposals.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
