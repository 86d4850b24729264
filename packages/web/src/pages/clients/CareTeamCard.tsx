import { CARE_TEAM_ROLES } from '@meedoen/core';
import { Alert, Button, Card, Group, NativeSelect, Radio, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useAddCareTeamMember,
  useEndCareTeamMember,
  useProfessionals,
  useWithdrawCareTeamMember,
  type CareTeamAddition,
  type CareTeamMember,
} from '../../api/care-team';
import { ApiError } from '../../api/client';
import { DateField } from '../../components/DateField';
import { todayIso } from '../../dates';
import { formatDate } from '../../i18n/format';

/**
 * The client's care team: who is on it now or soon, and who was. Those who arrange care teams (the server says so
 * in `abilities.arrangeCareTeam`) add a professional in a role from a date, end a membership under way or withdraw
 * one that has not begun, each after confirming; everyone else reads it. A withdrawn plan is listed with the past.
 */
export function CareTeamCard(props: {
  clientId: string;
  clientName: string;
  careTeam: CareTeamMember[] | null;
  canArrange: boolean;
}) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const today = todayIso();
  const team = props.careTeam ?? [];
  const planned = (m: CareTeamMember) => m.validFrom > today && !m.withdrawn;
  const current = team.filter((m) => m.active || planned(m));
  const past = team.filter((m) => !m.active && !planned(m));
  return (
    <Card withBorder component="section" aria-labelledby="care-team-heading">
      <Title order={3} size="h4" mb="xs" id="care-team-heading">
        {t('record.careTeam')}
      </Title>
      {props.careTeam === null ? (
        <Text c="dimmed">{t('record.noAccess')}</Text>
      ) : (
        <Stack gap="xs">
          {current.length === 0 && <Text c="dimmed">{t('careTeam.none')}</Text>}
          <ul aria-label={t('careTeam.currentList')} style={{ margin: 0, paddingLeft: '1.2em' }}>
            {current.map((m) => (
              <li key={m.id}>
                <MemberLine member={m} />
                {props.canArrange && planned(m) && (
                  <WithdrawMembership clientId={props.clientId} member={m} onWithdrawn={setNotice} />
                )}
                {props.canArrange && !planned(m) && (m.validUntil === null || m.validUntil > today) && (
                  <EndMembership clientId={props.clientId} member={m} onEnded={setNotice} />
                )}
              </li>
            ))}
          </ul>
          {past.length > 0 && (
            <>
              <Text size="sm" fw={600} mt="xs">
                {t('careTeam.past')}
              </Text>
              <ul aria-label={t('careTeam.past')} style={{ margin: 0, paddingLeft: '1.2em' }}>
                {past.map((m) => (
                  <li key={m.id}>
                    <MemberLine member={m} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </Stack>
      )}
      {notice && (
        <Text role="status" mt="xs">
          {notice}
        </Text>
      )}
      {props.canArrange && <AddMember clientId={props.clientId} clientName={props.clientName} onAdded={setNotice} />}
    </Card>
  );
}

/** A member: name, role in the team, discipline, and since when (until when), or from when it was planned. */
function MemberLine({ member: m }: { member: CareTeamMember }) {
  const { t, i18n } = useTranslation();
  const from = formatDate(m.validFrom, i18n.language);
  return (
    <Text component="span">
      {m.displayName} · {t(`role.${m.role}`)}
      {m.discipline ? ` (${t(`discipline.${m.discipline}`)})` : ''}
      <Text component="span" size="sm" c="dimmed">
        {' · '}
        {m.withdrawn
          ? t('careTeam.withdrawnPlan', { from })
          : m.validUntil
            ? t('careTeam.period', { from, until: formatDate(m.validUntil, i18n.language) })
            : t(m.validFrom > todayIso() ? 'careTeam.from' : 'careTeam.since', { from })}
      </Text>
    </Text>
  );
}

/** The problem in words, without codes or field names. */
function CareTeamProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'server.internal';
  return <Alert color="red" role="alert" title={t(`problem.${code}`)} mt="xs" />;
}

/**
 * A change to a membership behind a confirmation: a small button opens a form that says what the change means, with
 * its fields (if any), the problem if the server refused, and the buttons to confirm or cancel.
 */
function ConfirmingAction(props: {
  label: string;
  buttonText: string;
  explain: string;
  confirmText: string;
  error: unknown;
  pending: boolean;
  /** False while a required field is empty. */
  canConfirm?: boolean;
  onOpen: () => void;
  onConfirm: (close: () => void) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button
        variant="subtle"
        size="compact-xs"
        ml="xs"
        aria-label={props.label}
        onClick={() => {
          props.onOpen();
          setOpen(true);
        }}
      >
        {props.buttonText}
      </Button>
    );
  return (
    <form
      aria-label={props.label}
      onSubmit={(event) => {
        event.preventDefault();
        if (props.canConfirm !== false) props.onConfirm(() => setOpen(false));
      }}
    >
      <Stack gap="xs" my="xs">
        <Text size="sm">{props.explain}</Text>
        {props.children}
        <CareTeamProblem error={props.error} />
        <Group>
          <Button type="submit" size="xs" color="red.9" loading={props.pending} disabled={props.canConfirm === false}>
            {props.confirmText}
          </Button>
          <Button variant="subtle" size="xs" onClick={() => setOpen(false)}>
            {t('admin.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** End a membership under way on a last day the user chooses (none pre-filled). */
function EndMembership(props: { clientId: string; member: CareTeamMember; onEnded: (notice: string) => void }) {
  const { t } = useTranslation();
  const end = useEndCareTeamMember(props.clientId);
  const [until, setUntil] = useState('');
  const name = props.member.displayName;
  return (
    <ConfirmingAction
      label={t('careTeam.endLabel', { name })}
      buttonText={t('careTeam.end')}
      explain={t('careTeam.endExplain', { name })}
      confirmText={t('careTeam.endConfirm')}
      error={end.error}
      pending={end.isPending}
      canConfirm={until !== ''}
      onOpen={() => end.reset()}
      onConfirm={(close) =>
        end.mutate(
          { memberId: props.member.id, validUntil: until },
          {
            onSuccess: () => {
              close();
              setUntil('');
              props.onEnded(t('careTeam.ended', { name }));
            },
          },
        )
      }
    >
      <DateField label={t('careTeam.endDate')} value={until} onChange={setUntil} required maw={220} />
    </ConfirmingAction>
  );
}

/** Withdraw a membership that has not begun: it never opens the record, and stays on record. */
function WithdrawMembership(props: { clientId: string; member: CareTeamMember; onWithdrawn: (notice: string) => void }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawCareTeamMember(props.clientId);
  const name = props.member.displayName;
  return (
    <ConfirmingAction
      label={t('careTeam.withdrawLabel', { name })}
      buttonText={t('careTeam.withdraw')}
      explain={t('careTeam.withdrawExplain', { name })}
      confirmText={t('careTeam.withdrawConfirm')}
      error={withdraw.error}
      pending={withdraw.isPending}
      onOpen={() => withdraw.reset()}
      onConfirm={(close) =>
        withdraw.mutate(props.member.id, {
          onSuccess: () => {
            close();
            props.onWithdrawn(t('careTeam.withdrawn', { name }));
          },
        })
      }
    />
  );
}

function AddMember(props: { clientId: string; clientName: string; onAdded: (notice: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const professionals = useProfessionals(open);
  const add = useAddCareTeamMember(props.clientId);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState('');
  const [validFrom, setValidFrom] = useState('');
  if (!open)
    return (
      <Button
        variant="light"
        size="xs"
        mt="sm"
        onClick={() => {
          add.reset();
          setOpen(true);
        }}
      >
        {t('careTeam.add')}
      </Button>
    );
  const chosen = professionals.data?.find((p) => p.id === userId);
  const roles = (chosen?.roles ?? []).filter((r) => CARE_TEAM_ROLES.includes(r));
  return (
    <form
      aria-label={t('careTeam.add')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!userId || !role || !validFrom) return;
        add.mutate(
          { userId, role: role as CareTeamAddition['role'], validFrom },
          {
            onSuccess: () => {
              setOpen(false);
              props.onAdded(t('careTeam.added', { name: chosen?.displayName ?? '' }));
              setUserId('');
              setRole('');
              setValidFrom('');
            },
          },
        );
      }}
    >
      <Stack mt="sm" gap="sm">
        <Text size="sm">{t('careTeam.addExplain', { name: props.clientName })}</Text>
        <NativeSelect
          label={t('careTeam.who')}
          data={[
            { value: '', label: t('admin.choose') },
            ...(professionals.data ?? []).map((p) => ({ value: p.id, label: p.displayName })),
          ]}
          value={userId}
          onChange={(e) => {
            setUserId(e.currentTarget.value);
            setRole('');
          }}
          required
        />
        {userId && roles.length === 0 ? (
          <Text size="sm">{t('careTeam.noTeamRole', { name: chosen?.displayName ?? '' })}</Text>
        ) : (
          <Radio.Group
            label={t('careTeam.role')}
            description={userId ? undefined : t('careTeam.chooseFirst')}
            value={role}
            onChange={setRole}
            required
          >
            <Stack gap="xs" mt="xs">
              {roles.map((r) => (
                <Radio key={r} value={r} label={t(`role.${r}`)} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <DateField label={t('careTeam.validFrom')} value={validFrom} onChange={setValidFrom} required maw={220} />
        <CareTeamProblem error={add.error} />
        <Group>
          <Button type="submit" size="xs" loading={add.isPending} disabled={!userId || !role || !validFrom}>
            {t('careTeam.save')}
          </Button>
          <Button variant="subtle" size="xs" onClick={() => setOpen(false)}>
            {t('admin.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
