import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHealth } from '../../api/health';
import { useSignIn } from '../../api/session';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { ProblemAlert } from '../../components/ProblemAlert';

/** `notice`: a message above the form (e.g. after choosing a password with an invitation link). */
export function SignInPage({ notice, initialEmail = '' }: { notice?: string; initialEmail?: string } = {}) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const health = useHealth();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password });
  };
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={1}>{t('app.name')}</Title>
                <Text c="dimmed">{t('app.tagline')}</Text>
              </div>
              <LanguageSwitch />
            </Group>
            <Title order={2} size="h3">
              {t('signIn.title')}
            </Title>
            {notice && <Alert color="teal" role="status" title={notice} />}
            <Text size="sm">{t('signIn.intro')}</Text>
            <ProblemAlert error={signIn.error} />
            <TextInput
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
            />
            <PasswordInput
              label={t('signIn.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
            <Button type="submit" loading={signIn.isPending} size="md">
              {t('signIn.submit')}
            </Button>
            {health.data?.demo && (
              <Text size="xs" c="dimmed">
                {t('signIn.demoHint')}
              </Text>
            )}
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
