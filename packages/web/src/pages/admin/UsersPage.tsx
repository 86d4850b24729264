import {
  DISCIPLINES,
  PROFESSIONAL_REGISTERS,
  PROFESSIONS,
  ROLES,
  type Discipline,
  type Profession,
  type ProfessionalRegister,
  type Role,
} from '@meedoen/core';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  NativeSelect,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClients } from '../../api/clients';
import { useMe } from '../../api/session';
import {
  useBindMunicipalities,
  useChangeRegistration,
  useChangeRoles,
  useCreateUser,
  useDeactivateUser,
  useReinvite,
  useUsers,
  type Invitation,
  type UserAccount,
} from '../../api/users';
import { ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import { InvitationLink } from './InvitationLink';

const CLIENT_BOUND: readonly Role[] = ['client', 'naaste'];
/** Accounts that a declaration can name as practitioner, or that deliver care: they may have an AGB code. */
const NOT_PROFESSIONAL: readonly Role[] = ['client', 'naaste', 'gemeente', 'financier'];
const isProfessional = (user: UserAccount) => user.roles.some((role) => !NOT_PROFESSIONAL.includes(role));
const WITH_DISCIPLINE: readonly Role[] = ['vaktherapeut', 'ergotherapeut'];

/** The roles as checkboxes with their Dutch names; nothing is ticked until the administrator ticks it. */
function RoleChoice({ value, onChange, label }: { value: Role[]; onChange: (roles: Role[]) => void; label: string }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={label} value={value} onChange={(roles) => onChange(roles as Role[])}>
      <Stack mt="xs" gap="xs">
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`role.${role}`)} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

function CreateUserForm() {
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

/** The Dutch text of the rule a field broke, next to that field (the problem's code; no source, no field name). */
function fieldMessage(error: unknown, path: string, t: (key: string) => string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const hit = error.problem?.errors?.find((e) => e.path === `/body${path}`);
  return hit ? (hit.code ? t(`problem.${hit.code}`) : t('problem.request.invalid')) : undefined;
}

const FIELDS = ['/agbCode', '/register', '/registrationNumber', '/profession'];

/** The administrator enters a professional's AGB code, register and number, and profession (If-Match). */
function RegistrationForm({ user, onDone }: { user: UserAccount; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const change = useChangeRegistration();
  const [agbCode, setAgbCode] = useState(user.agbCode ?? '');
  const [register, setRegister] = useState<string>(user.register ?? '');
  const [registrationNumber, setRegistrationNumber] = useState(user.registrationNumber ?? '');
  const [profession, setProfession] = useState<string>(user.profession ?? '');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate(
          {
            userId: user.id,
            version: user.registrationVersion,
            registration: {
              agbCode: agbCode.trim() || null,
              register: (register || null) as ProfessionalRegister | null,
              registrationNumber: registrationNumber.trim() || null,
              profession: (profession || null) as Profession | null,
            },
          },
          { onSuccess: () => onDone(true) },
        );
      }}
    >
      <Stack mt="sm">
        <Text fw={600}>{t('admin.users.registrationOf', { name: user.displayName })}</Text>
        <Text size="sm" c="dimmed">
          {t('admin.users.registrationHint')}
        </Text>
        <TextInput
          label={t('admin.users.agbCode')}
          description={t('admin.users.agbCodeHint')}
          inputMode="numeric"
          maxLength={8}
          value={agbCode}
          onChange={(e) => {
            change.reset();
            setAgbCode(e.currentTarget.value);
          }}
          error={fieldMessage(change.error, '/agbCode', t)}
        />
        <NativeSelect
          label={t('admin.users.register')}
          data={[
            { value: '', label: t('admin.users.registerNone') },
            ...PROFESSIONAL_REGISTERS.map((value) => ({ value, label: t(`register.${value}`) })),
          ]}
          value={register}
          onChange={(e) => {
            change.reset();
            setRegister(e.currentTarget.value);
          }}
          error={fieldMessage(change.error, '/register', t)}
        />
        <TextInput
          label={t('admin.users.registrationNumber')}
          value={registrationNumber}
          onChange={(e) => {
            change.reset();
            setRegistrationNumber(e.currentTarget.value);
          }}
          error={fieldMessage(change.error, '/registrationNumber', t)}
        />
        <NativeSelect
          label={t('admin.users.profession')}
          description={t('admin.users.professionHint')}
          data={[
            { value: '', label: t('admin.users.professionFromRole') },
            ...PROFESSIONS.map((value) => ({ value, label: t(`profession.${value}`) })),
          ]}
          value={profession}
          onChange={(e) => {
            change.reset();
            setProfession(e.currentTarget.value);
          }}
          error={fieldMessage(change.error, '/profession', t)}
        />
        {/* A field's problem shows next to that field; the alert is for the rest (a conflict, no access). */}
        {!FIELDS.some((field) => fieldMessage(change.error, field, t)) && <ProblemAlert error={change.error} />}
        <Group>
          <Button type="submit" size="xs" loading={change.isPending}>
            {t('admin.save')}
          </Button>
          <Button variant="subtle" size="xs" onClick={() => onDone(false)}>
            {t('admin.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function UserCard({ user, isSelf }: { user: UserAccount; isSelf: boolean }) {
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
            <Group>
              <Button type="submit" size="xs" loading={changeRoles.isPending} disabled={roles.length === 0}>
                {t('admin.save')}
              </Button>
              <Button variant="subtle" size="xs" onClick={close}>
                {t('admin.cancel')}
              </Button>
            </Group>
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
            <Group>
              <Button type="submit" size="xs" loading={reinvite.isPending}>
                {t('admin.users.reinvite')}
              </Button>
              <Button variant="subtle" size="xs" onClick={close}>
                {t('admin.cancel')}
              </Button>
            </Group>
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
            <Group>
              <Button type="submit" size="xs" loading={bind.isPending}>
                {t('admin.save')}
              </Button>
              <Button variant="subtle" size="xs" onClick={close}>
                {t('admin.cancel')}
              </Button>
            </Group>
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
            <Group>
              <Button type="submit" color="red.9" size="xs" loading={deactivate.isPending} disabled={!reason.trim()}>
                {t('admin.users.deactivateConfirm')}
              </Button>
              <Button variant="subtle" size="xs" onClick={close}>
                {t('admin.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}

/** The administrator's accounts screen: create, change roles, bind municipalities, switch off (issue 14). */
export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const me = useMe();
  return (
    <Stack>
      <Title order={2}>{t('admin.users.title')}</Title>
      <Text>{t('admin.users.intro')}</Text>
      <CreateUserForm />
      <Title order={3}>{t('admin.users.list')}</Title>
      {users.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={users.error} />
      {users.data?.map((user) => (
        <UserCard
          key={`${user.id}-${user.roles.join()}-${user.municipalities.join()}`}
          user={user}
          isSelf={user.id === me.data?.user.id}
        />
      ))}
    </Stack>
  );
}
