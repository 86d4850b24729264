import { Alert, Button, Card, Group, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenEmergencyAccess, type ClientRecord } from '../../api/clients';
import { ProblemAlert } from '../../components/ProblemAlert';

const MIN_REASON = 10;

/**
 * Emergency access (break-glass, DOMAIN.md §5; NEN 7513 §8): for someone outside the care team who may use it,
 * a button that asks for the reason first; while it is open, a banner that says until when, that it is
 * read-only, and that the privacy officer sees it. The server enforces all of this; the screen says it.
 */
export function EmergencyAccess({ clientId, record }: { clientId: string; record: ClientRecord }) {
  const { t, i18n } = useTranslation();
  const open = useOpenEmergencyAccess(clientId);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
  if (record.emergencyAccess) {
    return (
      <Alert color="red" variant="filled" role="status" title={t('emergency.activeTitle')}>
        {t('emergency.active', { until: time.format(new Date(record.emergencyAccess.expiresAt)) })}
        <Text size="sm" mt={4}>
          {t('emergency.yourReason', { reason: record.emergencyAccess.reason })}
        </Text>
      </Alert>
    );
  }
  if (!record.abilities.breakGlass) return null;
  return (
    <Card withBorder style={{ borderColor: 'var(--mantine-color-red-6)' }}>
      <Title order={3} size="h4">
        {t('emergency.title')}
      </Title>
      <Text size="sm" mt={4}>
        {t('emergency.explain')}
      </Text>
      {!asking ? (
        <Group mt="sm">
          <Button color="red" variant="outline" onClick={() => setAsking(true)}>
            {t('emergency.button')}
          </Button>
        </Group>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            open.mutate(reason.trim());
          }}
        >
          <Textarea
            mt="sm"
            label={t('emergency.reason')}
            description={t('emergency.reasonHint', { min: MIN_REASON })}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            autosize
            minRows={2}
          />
          <ProblemAlert error={open.error} />
          <Group mt="sm">
            <Button color="red" type="submit" disabled={reason.trim().length < MIN_REASON} loading={open.isPending}>
              {t('emergency.confirm')}
            </Button>
            <Button variant="default" onClick={() => setAsking(false)}>
              {t('emergency.cancel')}
            </Button>
          </Group>
        </form>
      )}
    </Card>
  );
}
