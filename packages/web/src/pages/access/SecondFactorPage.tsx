import { Alert, Button, Center, Code, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirmEnrolment, useSecondFactor, useSignOut, useStartEnrolment, type Me } from '../../api/session';
import { ProblemAlert } from '../../components/ProblemAlert';

/** The second step of signing in: the code from the authenticator app, or setting one up first when required. */
export function SecondFactorPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const enrol = me.stage === 'enrol_second_factor';
  const verify = useSecondFactor();
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const signOut = useSignOut();
  const [code, setCode] = useState('');
  const { mutate: startEnrolment } = start;

  useEffect(() => {
    if (enrol) startEnrolment();
  }, [enrol, startEnrolment]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (enrol) confirm.mutate(code);
    else verify.mutate(code);
  };
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={480} maw="100%">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h2">
              {enrol ? t('secondFactor.enrolTitle') : t('secondFactor.title')}
            </Title>
            <Text>{enrol ? t('secondFactor.enrolIntro') : t('secondFactor.intro')}</Text>
            {enrol && start.data && (
              <Alert color="gray" title={t('secondFactor.secret')}>
                <Code fz="md" data-testid="totp-secret">
                  {start.data.secret}
                </Code>
                <Text size="xs" mt="xs" style={{ wordBreak: 'break-all' }}>
                  {start.data.uri}
                </Text>
              </Alert>
            )}
            <ProblemAlert error={verify.error ?? confirm.error ?? start.error} />
            <TextInput
              label={t('secondFactor.code')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              value={code}
              onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
            />
            <Button type="submit" size="md" loading={verify.isPending || confirm.isPending}>
              {t('secondFactor.submit')}
            </Button>
            <Button variant="subtle" onClick={() => signOut.mutate()}>
              {t('signOut.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
