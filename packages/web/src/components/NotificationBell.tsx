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
            size="md"
            onClick={() => setOpened((o) => !o)}
            aria-label={unread > 0 ? t('notifications.unread', { count: unread }) : t('notifications.label')}
          >
            <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
              <path d="M13.7 21a2 2 0 0 1-3.4 0" />
            </svg>
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
