import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session';
import { AccessLogTable } from '../../components/AccessLogTable';

/** "Wie heeft mijn dossier bekeken" (NEN 7513 §9): who looked, when, in which role, why. */
export function AccessLogPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const clientId = me?.user.clientId;
  if (!clientId) return <Text>{t('myPlan.noRecord')}</Text>;
  return (
    <Stack>
      <Title order={2}>{t('accessLog.title')}</Title>
      <Text>{t('accessLog.intro')}</Text>
      <AccessLogTable clientId={clientId} audience="client" />
    </Stack>
  );
}
