import { Button, Checkbox, Group, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useGroups } from '../../api/daginvulling';
import { usePlaceFromRequest, type PlacementInput, type Proposal } from '../../api/proposals';
import { DateField } from '../../components/DateField';
import { fieldError } from '../../components/field-errors';
import { ProblemAlert } from '../../components/ProblemAlert';

const DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
const FINANCERS = ['wlz', 'wmo', 'participatiewet', 'geen'] as const;
const PERS = ['week', 'maand', 'totaal'] as const;
/** The radio value for "no fixed group" (a group id is a uuid, so this cannot collide). */
const NO_GROUP = 'none';

/**
 * The coordinator places the person who said yes (issue 14), through the placement of the day-activities record
 * (POST /enrolments), which closes the enrolment request. Every choice starts empty: the group, the status, the
 * financer and whether there is an indication are the coordinator's decisions, not defaults (house rule); the group the
 * job coach proposed is shown as a hint only.
 */
export function PlacementForm({ clientId, proposal, onCancel }: { clientId: string; proposal: Proposal; onCancel: () => void }) {
  const { t } = useTranslation();
  const place = usePlaceFromRequest(clientId);
  const groups = useGroups(false);
  const offerGroups = groups.data?.filter((g) => g.offerId === proposal.offerId) ?? [];
  const [group, setGroup] = useState<string | null>(null);
  const [days, setDays] = useState<string[]>([]);
  const [status, setStatus] = useState<PlacementInput['status'] | null>(null);
  const [startedOn, setStartedOn] = useState('');
  const [financer, setFinancer] = useState<PlacementInput['financer'] | null>(null);
  const [hasIndication, setHasIndication] = useState<'ja' | 'nee' | null>(null);
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [volume, setVolume] = useState<number | ''>('');
  const [per, setPer] = useState<(typeof PERS)[number] | null>(null);
  const [tried, setTried] = useState(false);

  const missing = (empty: boolean) => (tried && empty ? t('placement.required') : undefined);
  const indicationMissing = hasIndication === 'ja' && (from === '' || volume === '' || per === null);
  const complete =
    group !== null && status !== null && startedOn !== '' && financer !== null && hasIndication !== null && !indicationMissing;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!complete || group === null || status === null || financer === null) return;
    place.mutate({
      offerId: proposal.offerId,
      groupId: group === NO_GROUP ? null : group,
      agreedDays: DAYS.filter((d) => days.includes(d)),
      status,
      startedOn,
      financer,
      indication:
        hasIndication === 'ja' && volume !== '' && per !== null
          ? { from, until: until === '' ? null : until, volume, per }
          : null,
    });
  };

  return (
    // noValidate: the form names each missing choice itself, in Dutch, next to the choice.
    <form noValidate onSubmit={submit} aria-label={t('placement.formLabel', { offer: proposal.offerName })}>
      <Stack gap="sm" mt="xs">
        <Text size="sm">{t('placement.intro', { offer: proposal.offerName })}</Text>
        <Radio.Group
          label={t('placement.group')}
          description={proposal.groupName ? t('placement.proposedGroup', { group: proposal.groupName }) : undefined}
          value={group}
          onChange={setGroup}
          error={missing(group === null) ?? fieldError(place.error, '/groupId', t)}
          required
        >
          <Stack mt="xs" gap="xs">
            {offerGroups.map((g) => (
              <Radio key={g.id} value={g.id} label={g.name} />
            ))}
            <Radio value={NO_GROUP} label={t('placement.noGroup')} />
          </Stack>
        </Radio.Group>
        <Checkbox.Group label={t('placement.days')} description={t('placement.daysHelp')} value={days} onChange={setDays}>
          <Group mt="xs" gap="sm">
            {DAYS.map((d) => (
              <Checkbox key={d} value={d} label={t(`weekday.${d}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Radio.Group
          label={t('placement.status')}
          value={status}
          onChange={(v) => setStatus(v === 'aangemeld' || v === 'actief' ? v : null)}
          error={missing(status === null)}
          required
        >
          <Stack mt="xs" gap="xs">
            <Radio value="aangemeld" label={t('placement.status.aangemeld')} />
            <Radio value="actief" label={t('placement.status.actief')} />
          </Stack>
        </Radio.Group>
        <DateField
          label={t('placement.startedOn')}
          value={startedOn}
          onChange={setStartedOn}
          required
          maw={220}
          error={missing(startedOn === '') ?? fieldError(place.error, '/startedOn', t)}
        />
        <Radio.Group
          label={t('placement.financer')}
          value={financer}
          onChange={(v) => setFinancer(FINANCERS.find((f) => f === v) ?? null)}
          error={missing(financer === null)}
          required
        >
          <Stack mt="xs" gap="xs">
            {FINANCERS.map((f) => (
              <Radio key={f} value={f} label={t(`financer.${f}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Radio.Group
          label={t('placement.indication')}
          value={hasIndication}
          onChange={(v) => setHasIndication(v === 'ja' || v === 'nee' ? v : null)}
          error={missing(hasIndication === null)}
          required
        >
          <Group mt="xs">
            <Radio value="ja" label={t('placement.indication.yes')} />
            <Radio value="nee" label={t('placement.indication.no')} />
          </Group>
        </Radio.Group>
        {hasIndication === 'ja' && (
          <Stack gap="xs" pl="md">
            <Group align="flex-start">
              <DateField
                label={t('placement.indicationFrom')}
                value={from}
                onChange={setFrom}
                required
                maw={220}
                error={missing(from === '')}
              />
              <DateField label={t('placement.indicationUntil')} value={until} onChange={setUntil} maw={220} />
            </Group>
            <Group align="flex-start">
              <NumberInput
                label={t('placement.volume')}
                value={volume}
                onChange={(v) => setVolume(typeof v === 'number' ? v : '')}
                min={0}
                max={99999}
                required
                maw={160}
                error={missing(volume === '')}
              />
              <Radio.Group
                label={t('placement.per')}
                value={per}
                onChange={(v) => setPer(PERS.find((p) => p === v) ?? null)}
                error={missing(per === null)}
                required
              >
                <Group mt="xs">
                  {PERS.map((p) => (
                    <Radio key={p} value={p} label={t(`volumePer.${p}`)} />
                  ))}
                </Group>
              </Radio.Group>
            </Group>
          </Stack>
        )}
        <ProblemAlert error={place.error} />
        <Group>
          <Button type="submit" loading={place.isPending}>
            {t('placement.submit')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('proposals.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
