import { ActionIcon, Anchor, Indicator, Popover, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMarkRead, useNotifications } from '../api/worklist';
import { formatDate } from '../i18n/format';

/** The caller's messages: a bell with the number unread; opening one marks it read and goes where to look. */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const unread = notifications.data?.unread ?? 0;
  return (
    <Indicator label={unread} size={18} disabled={unread === 0} color="red.9">
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={300} withArrow>
        <Popover.Target>
          <ActionIcon
            variant="default"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={unread > 0 ? t('notifications.unread', { count: unread }) : t('notifications.label')}
          >
            <span aria-hidden="true">🔔</span>
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            {notifications.data?.items.length === 0 && <Text size="sm">{t('notifications.none')}</Text>}
            {notifications.data?.items.slice(0, 10).map((n) => (
              <div key={n.id}>
                <Text size="sm" fw={n.read ? 400 : 700}>
                  {t(`notifications.kind.${n.kind}`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDate(n.createdAt, i18n.language)}
                </Text>
                <Anchor
                  component={Link}
                  to={n.link}
                  size="sm"
                  onClick={() => {
                    if (!n.read) markRead.mutate(n.id);
                    setOpened(false);
                  }}
                >
                  {t('notifications.open')}
                </Anchor>
              </div>
            ))}
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
