import { Anchor, AppShell, Badge, Burger, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import type { Me } from '../api/session';
import { useSignOut } from '../api/session';
import { navigationFor, NAV_CONTEXTS } from '../routes';
import { useWorklist } from '../api/worklist';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './NotificationBell';

/** The frame around every signed-in page: header, navigation grouped per context, content. */
export function AppFrame({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const signOut = useSignOut();
  const location = useLocation();
  // On a phone the menu covers the page: choosing a page closes it.
  useEffect(() => close(), [location.pathname, close]);
  const entries = navigationFor(me.user.roles);
  // The work list's count on the start page's menu entry (issue 14: counts in the navigation).
  const worklist = useWorklist();
  const counts: Record<string, number> = { '/': worklist.data?.total ?? 0 };
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Anchor href="#main" className="skip-link">
          {t('app.skipToContent')}
        </Anchor>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap" gap="xs">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.label')}
              aria-expanded={opened}
            />
            <Title order={1} size="h3">
              {t('app.name')}
            </Title>
            <Text c="dimmed" visibleFrom="md">
              {me.organisation.name}
            </Text>
          </Group>
          <Group wrap="nowrap" gap="xs">
            <NotificationBell />
            <LanguageSwitch />
            <Text visibleFrom="sm">{me.user.displayName}</Text>
            <Button variant="default" onClick={() => signOut.mutate()} loading={signOut.isPending}>
              {t('signOut.submit')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')} component="nav">
        <Stack gap="md">
          {NAV_CONTEXTS.map((context) => {
            const items = entries.filter((entry) => entry.context === context);
            if (items.length === 0) return null;
            return (
              <div key={context}>
                <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={4}>
                  {t(`nav.context.${context}`)}
                </Text>
                {items.map((entry) => (
                  <NavLink
                    key={entry.path}
                    component={RouterLink}
                    to={entry.path}
                    label={t(entry.labelKey)}
                    active={location.pathname === entry.path}
                    rightSection={
                      counts[entry.path] ? (
                        <Badge size="sm" color="blue.9" aria-label={t('worklist.countLabel', { count: counts[entry.path] })}>
                          {counts[entry.path]}
                        </Badge>
                      ) : undefined
                    }
                  />
                ))}
              </div>
            );
          })}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
