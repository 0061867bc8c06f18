import {
  AppShell,
  Badge,
  Button,
  Group,
  NavLink as MantineNavLink,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavigationType, NavLink, useLocation, useNavigationType } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import { navRoutes } from './routes';

type Props = { children: ReactNode; onLock?: (() => void) | undefined };

/**
 * A screen reached by a link or an action opens at its top (a case created from the foot
 * of the intake form opened scrolled to its foot); Back and Forward keep where the browser
 * puts them. The hash router has no data-router `ScrollRestoration`.
 */
function useScrollToTopOnNavigate(pathname: string): void {
  const navigationType = useNavigationType();
  useEffect(() => {
    if (navigationType !== NavigationType.Pop) window.scrollTo(0, 0);
  }, [pathname, navigationType]);
}

export function Layout({ children, onLock }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  useScrollToTopOnNavigate(location.pathname);
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Title order={1} size="h3">
              {t('common.appName')}
            </Title>
            <Text size="sm" c="gray.7">
              {t('common.tagline')}
            </Text>
            <Badge variant="filled" color="teal.9">
              {t('common.offlineBadge')}
            </Badge>
          </Group>
          <Group gap="sm">
            <LanguageSwitch />
            {onLock !== undefined && (
              <Button size="xs" variant="default" onClick={onLock}>
                {t('common.lock.now')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('common.nav.label')}>
        <Stack gap={2}>
          {navRoutes.map((route) => (
            <MantineNavLink
              key={route.path}
              component={NavLink}
              to={route.path}
              label={t(route.labelKey)}
              active={location.pathname.startsWith(route.path)}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
