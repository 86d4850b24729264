import { DISCIPLINES, type Discipline, type Role } from '@meedoen/core';
import { Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClients } from '../../api/clients';
import { useCreateUser, type Invitation } from '../../api/users';
import { ProblemAlert } from '../../components/ProblemAlert';
import { InvitationLink } from './InvitationLink';
import { CLIENT_BOUND, WITH_DISCIPLINE, RoleChoice } from './RoleChoice';

/** A new account: name, e-mail, roles (none ticked), and what the roles need; the invitation link to pass on. */
export function CreateUserForm() {
  const { t } = useTranslation();
  const create = useCreateUser();
  const clients = useClients();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [discipline, setDiscipline] = useState<string | null>(null);
  const [clientId, setClientId] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; invitation: Invitation } | null>(null);
  const clientBound = roles.some((role) => CLIENT_BOUND.includes(role));
  const needsDiscipline = roles.some((role) => WITH_DISCIPLINE.includes(role));
  return (
    <Card withBorder component="section" aria-labelledby="new-user-title">
      <Title order={3} id="new-user-title">
        {t('admin.users.new')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('admin.users.newHint')}
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setCreated(null);
          create.mutate(
            {
              displayName: displayName.trim(),
              email: email.trim(),
              roles,
              discipline: needsDiscipline ? (discipline as Discipline | null) : null,
              clientId: clientBound ? clientId : null,
            },
            {
              onSuccess: (user) => {
                setCreated({ name: user.displayName, invitation: user.invitation });
                setDisplayName('');
                setEmail('');
                setRoles([]);
                setDiscipline(null);
                setClientId(null);
              },
            },
          );
        }}
      >
        <Stack mt="sm">
          <TextInput
            label={t('admin.users.name')}
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            required
          />
          <TextInput
            label={t('admin.users.email')}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            required
          />
          <RoleChoice label={t('admin.users.roles')} value={roles} onChange={setRoles} />
          {needsDiscipline && (
            <NativeSelect
              label={t('admin.users.discipline')}
              data={[
                { value: '', label: t('admin.choose') },
                ...DISCIPLINES.map((value) => ({ value, label: t(`discipline.${value}`) })),
              ]}
              value={discipline ?? ''}
              onChange={(e) => setDiscipline(e.currentTarget.value || null)}
            />
          )}
          {clientBound && (
            <NativeSelect
              label={t('admin.users.client')}
              description={t('admin.users.clientHint')}
              data={[
                { value: '', label: t('admin.choose') },
                ...(clients.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.givenName} ${c.familyName}` })),
              ]}
              value={clientId ?? ''}
              onChange={(e) => setClientId(e.currentTarget.value || null)}
              required
            />
          )}
          <ProblemAlert error={create.error} />
          {created && (
            <>
              <Text role="status" c="teal.9">
                {t('admin.users.created', { name: created.name })}
              </Text>
              <InvitationLink name={created.name} invitation={created.invitation} onClose={() => setCreated(null)} />
            </>
          )}
          <Group>
            <Button type="submit" loading={create.isPending} disabled={roles.length === 0}>
              {t('admin.users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
