import { Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session';
import { useUsers } from '../../api/users';
import { ProblemAlert } from '../../components/ProblemAlert';
import { CreateUserForm } from './CreateUserForm';
import { UserCard } from './UserCard';

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
