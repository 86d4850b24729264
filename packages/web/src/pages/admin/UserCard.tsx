import { type Role } from '@meedoen/core';
import { Badge, Button, Card, Group, Stack, TagsInput, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useBindMunicipalities,
  useChangeRoles,
  useDeactivateUser,
  useReinvite,
  type Invitation,
  type UserAccount,
} from '../../api/users';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import { InvitationLink } from './InvitationLink';
import { isProfessional, RoleChoice } from './RoleChoice';
import { RegistrationForm } from './RegistrationForm';

/** One account: its roles, municipalities, registration, invitation and switching off, each changed here. */
export function UserCard({ user, isSelf }: { user: UserAccount; isSelf: boolean }) {
  const { t, i18n } = useTranslation();
  const changeRoles = useChangeRoles();
  const deactivate = useDeactivateUser();
  const bind = useBindMunicipalities();
  const reinvite = useReinvite();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [editing, setEditing] = useState<'roles' | 'deactivate' | 'municipalities' | 'invite' | 'registration' | null>(null);
  const [registrationSaved, setRegistrationSaved] = useState(false);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [reason, setReason] = useState('');
  const [municipalities, setMunicipalities] = useState<string[]>(user.municipalities);
  const close = () => setEditing(null);
  return (
    <Card withBorder component="article" aria-label={user.displayName}>
      <Group justify="space-between" wrap="wrap">
        <div>
          <Text fw={600}>{user.displayName}</Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {user.email}
          </Text>
        </div>
        <Group gap="xs">
          {isSelf && <Badge color="blue.9">{t('admin.users.you')}</Badge>}
          <Badge color={user.active ? 'teal.9' : 'gray.8'}>
            {user.active ? t('admin.users.active') : t('admin.users.inactive')}
          </Badge>
        </Group>
      </Group>
      <Text size="sm" mt="xs">
        <strong>{t('admin.users.roles')}:</strong> {user.roles.map((role) => t(`role.${role}`)).join(', ')}
      </Text>
      {user.discipline && (
        <Text size="sm">
          <strong>{t('admin.users.discipline')}:</strong> {t(`discipline.${user.discipline}`)}
        </Text>
      )}
      {user.clientName && (
        <Text size="sm">
          <strong>{t('admin.users.client')}:</strong> {user.clientName}
        </Text>
      )}
      {user.roles.includes('gemeente') && (
        <Text size="sm">
          <strong>{t('admin.users.municipalities')}:</strong>{' '}
          {user.municipalities.length > 0 ? user.municipalities.join(', ') : t('admin.users.noMunicipalities')}
        </Text>
      )}
      {isProfessional(user) && (
        <Text size="sm">
          <strong>{t('admin.users.agbCode')}:</strong> {user.agbCode ?? t('admin.users.noAgbCode')}
          {' · '}
          <strong>{t('admin.users.register')}:</strong>{' '}
          {user.register ? `${t(`register.${user.register}`)} ${user.registrationNumber ?? ''}` : t('admin.users.noRegistration')}
          {user.profession && (
            <>
              {' · '}
              <strong>{t('admin.users.profession')}:</strong> {t(`profession.${user.profession}`)}
            </>
          )}
        </Text>
      )}
      {registrationSaved && (
        <Text size="sm" role="status" c="teal.9">
          {t('admin.users.registrationSaved', { name: user.displayName })}
        </Text>
      )}
      <Text size="sm">
        <strong>{t('admin.users.secondFactor')}:</strong> {user.secondFactor ? t('admin.yes') : t('admin.no')}
      </Text>
      <Text size="sm">
        <strong>{t('admin.users.password')}:</strong>{' '}
        {user.passwordSet ? t('admin.users.passwordChosen') : t('admin.users.passwordNotYet')}
      </Text>
      {user.active && !isSelf && (user.invitationExpiresAt || !user.passwordSet) && (
        <Text size="sm" c="dimmed">
          {user.invitationExpiresAt
            ? t('admin.users.invitationOpen', { date: formatDateTime(user.invitationExpiresAt, i18n.language) })
            : t('admin.users.invitationNone')}
        </Text>
      )}
      {invitation && (
        <div style={{ marginTop: 'var(--mantine-spacing-xs)' }}>
          <InvitationLink name={user.displayName} invitation={invitation} onClose={() => setInvitation(null)} />
        </div>
      )}
      {isSelf ? (
        <Text size="sm" c="dimmed" mt="xs">
          {t('admin.users.selfHint')}
        </Text>
      ) : (
        user.active &&
        editing === null && (
          <Group mt="sm" gap="xs">
            <Button variant="light" size="xs" onClick={() => setEditing('roles')}>
              {t('admin.users.changeRoles')}
            </Button>
            {isProfessional(user) && (
              <Button
                variant="light"
                size="xs"
                onClick={() => {
                  setRegistrationSaved(false);
                  setEditing('registration');
                }}
              >
                {t('admin.users.changeRegistration')}
              </Button>
            )}
            <Button variant="light" size="xs" onClick={() => setEditing('invite')}>
              {t('admin.users.reinvite')}
            </Button>
            {user.roles.includes('gemeente') && (
              <Button variant="light" size="xs" onClick={() => setEditing('municipalities')}>
                {t('admin.users.bindMunicipalities')}
              </Button>
            )}
            <Button variant="outline" color="red.9" size="xs" onClick={() => setEditing('deactivate')}>
              {t('admin.users.deactivate')}
            </Button>
          </Group>
        )
      )}
      {editing === 'roles' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            changeRoles.mutate({ userId: user.id, roles }, { onSuccess: close });
          }}
        >
          <Stack mt="sm">
            <RoleChoice label={t('admin.users.newRoles', { name: user.displayName })} value={roles} onChange={setRoles} />
            <Text size="sm" c="dimmed">
              {t('admin.users.rolesHint')}
            </Text>
            <ProblemAlert error={changeRoles.error} />
            <SubmitOrCancel
              label={t('admin.save')}
              loading={changeRoles.isPending}
              disabled={roles.length === 0}
              onCancel={close}
            />
          </Stack>
        </form>
      )}
      {editing === 'registration' && (
        <RegistrationForm
          user={user}
          onDone={(saved) => {
            setRegistrationSaved(saved);
            close();
          }}
        />
      )}
      {editing === 'invite' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            reinvite.mutate(user.id, {
              onSuccess: (made) => {
                setInvitation(made);
                close();
              },
            });
          }}
        >
          <Stack mt="sm">
            <Text size="sm">{t('admin.users.reinviteHint')}</Text>
            <ProblemAlert error={reinvite.error} />
            <SubmitOrCancel label={t('admin.users.reinvite')} loading={reinvite.isPending} onCancel={close} />
          </Stack>
        </form>
      )}
      {editing === 'municipalities' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            bind.mutate({ userId: user.id, municipalities }, { onSuccess: close });
          }}
        >
          <Stack mt="sm">
            <TagsInput
              label={t('admin.users.municipalities')}
              description={t('admin.users.municipalitiesHint')}
              value={municipalities}
              onChange={setMunicipalities}
            />
            <ProblemAlert error={bind.error} />
            <SubmitOrCancel label={t('admin.save')} loading={bind.isPending} onCancel={close} />
          </Stack>
        </form>
      )}
      {editing === 'deactivate' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            deactivate.mutate({ userId: user.id, reason: reason.trim() }, { onSuccess: close });
          }}
        >
          <Stack mt="sm">
            <Textarea
              label={t('admin.users.deactivateReason')}
              description={t('admin.users.deactivateHint')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              autosize
              minRows={2}
            />
            <ProblemAlert error={deactivate.error} />
            <SubmitOrCancel
              label={t('admin.users.deactivateConfirm')}
              color="red.9"
              loading={deactivate.isPending}
              disabled={!reason.trim()}
              onCancel={close}
            />
          </Stack>
        </form>
      )}
    </Card>
  );
}

/** A form's own submit button and "Annuleren" beside it (the cancel closes the form, nothing is sent). */
function SubmitOrCancel({
  label,
  loading,
  disabled,
  color,
  onCancel,
}: {
  label: string;
  loading: boolean;
  disabled?: boolean;
  color?: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button type="submit" size="xs" loading={loading} disabled={disabled} {...(color ? { color } : {})}>
        {label}
      </Button>
      <Button variant="subtle" size="xs" onClick={onCancel}>
        {t('admin.cancel')}
      </Button>
    </Group>
  );
}
