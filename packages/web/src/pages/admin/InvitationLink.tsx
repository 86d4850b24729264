import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../api/users';
import { formatDateTime } from '../../i18n/format';

/**
 * The one-time invitation link, shown once to the administrator, who hands it over: the server keeps only
 * its hash, so this screen is the only place it exists. The secret is after `#`, which browsers never send.
 */
export function InvitationLink({ name, invitation, onClose }: { name: string; invitation: Invitation; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const link = `${window.location.origin}${invitation.path}`;
  const date = formatDateTime(invitation.expiresAt, i18n.language);
  return (
    <Alert color="teal" variant="light" role="region" aria-label={t('admin.invitation.title', { name })}>
      <Stack gap="xs">
        <Text fw={600}>{t('admin.invitation.title', { name })}</Text>
        <Text size="sm">{t('admin.invitation.explain', { name })}</Text>
        <TextInput
          label={t('admin.invitation.link')}
          value={link}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          styles={{ input: { fontFamily: 'monospace' } }}
        />
        <Text size="sm">{t('admin.invitation.once', { date })}</Text>
        <Group gap="xs">
          <CopyButton value={link}>
            {({ copied, copy }) => (
              <Button size="xs" onClick={copy} aria-live="polite">
                {copied ? t('admin.invitation.copied') : t('admin.invitation.copy')}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="subtle" onClick={onClose}>
            {t('admin.invitation.close')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
