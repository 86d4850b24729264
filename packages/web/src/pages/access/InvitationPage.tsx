import { Alert, Anchor, Button, Center, Group, Loader, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useAcceptInvitation, useInvitation } from '../../api/invitations';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { SignInPage } from './SignInPage';

/** The address of the invitation page; the secret follows after `#` (never sent to a server, never in a Referer). */
export const INVITATION_PATH = '/uitnodiging';

/** An error in plain words: the problem's message, without field names or codes. */
function PlainProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'server.internal';
  return <Alert color="red" role="alert" title={t(`problem.${code}`)} />;
}

function Frame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={460} maw="100%">
        <Stack>
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={1}>{t('app.name')}</Title>
              <Text c="dimmed">{t('app.tagline')}</Text>
            </div>
            <LanguageSwitch />
          </Group>
          <Title order={2} size="h3">
            {t('invitation.title')}
          </Title>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}

/**
 * Opening an invitation link: the person sees whom it is for, chooses a password twice, and then signs in.
 * Not signed in; `signedIn` says whether this browser has someone else's session (then no sign-in form).
 */
export function InvitationPage({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const [token] = useState(() => decodeURIComponent(window.location.hash.replace(/^#/, '')));
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [tried, setTried] = useState(false);
  const mismatch = tried && password !== repeat;
  const done = accept.isSuccess;
  useEffect(() => {
    // The link has done its work: the address bar no longer holds it.
    if (done) window.history.replaceState(null, '', '/');
  }, [done]);

  if (done) {
    // The sign-in form takes over, with the address filled in.
    if (!signedIn) return <SignInPage notice={t('invitation.done')} initialEmail={invitation.data?.email ?? ''} />;
    return (
      <Frame>
        <Text role="status">{t('invitation.doneSignedIn')}</Text>
        <Anchor href="/">{t('invitation.toSignIn')}</Anchor>
      </Frame>
    );
  }
  if (!token) {
    return (
      <Frame>
        <Alert color="red" role="alert" title={t('invitation.noLink')} />
        <Anchor href="/">{t('invitation.toSignIn')}</Anchor>
      </Frame>
    );
  }
  if (invitation.isPending) {
    return (
      <Frame>
        <Loader aria-label={t('app.loading')} />
      </Frame>
    );
  }
  if (invitation.isError || !invitation.data) {
    return (
      <Frame>
        <PlainProblem error={invitation.error} />
        <Anchor href="/">{t('invitation.toSignIn')}</Anchor>
      </Frame>
    );
  }
  const { email, displayName } = invitation.data;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (password !== repeat || password.length === 0) return;
    accept.mutate({ token, password });
  };
  return (
    <Frame>
      <Text fw={600}>{t('invitation.welcome', { name: displayName })}</Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {t('invitation.intro', { email })}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          {/* For password managers: the account the new password belongs to. */}
          <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
          <PasswordInput
            label={t('invitation.password')}
            description={t('invitation.passwordHint')}
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <PasswordInput
            label={t('invitation.repeat')}
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(event) => setRepeat(event.currentTarget.value)}
            error={mismatch ? t('invitation.mismatch') : undefined}
          />
          <PlainProblem error={accept.error} />
          <Button type="submit" loading={accept.isPending} size="md">
            {t('invitation.submit')}
          </Button>
        </Stack>
      </form>
    </Frame>
  );
}
