import { Anchor, AppShell, Burger, em, Group, Text, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Outlet } from 'react-router';
import classes from './AppFrame.module.css';
import { BrandMark } from './BrandMark';
import { CommandPalette, SearchButton, usePaletteStore } from './CommandPalette';
import { NavigationLinks } from './NavigationLinks';
import { SimulatedClusterBanner } from './SimulatedClusterBanner';
import { UserMenu } from './UserMenu';
import { useServerInfo } from './useServerInfo';

const STORE_LABELS = { PGLITE: 'embedded store', POSTGRES: 'PostgreSQL' } as const;

/** The signed-in console: header, navigation and the current page. */
export function AppFrame() {
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const serverInfo = useServerInfo();
  const palette = usePaletteStore();
  const theme = useMantineTheme();
  const isMobile = useMediaQuery(`(max-width: ${em(theme.breakpoints.sm)})`) ?? false;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="xl"
    >
      <CommandPalette store={palette} />
      <a href="#main-content" className={classes.skipLink}>
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
            />
            <BrandMark />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SearchButton store={palette} />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      {/* Off-canvas on small screens: keep the hidden navigation out of the tab order. */}
      <AppShell.Navbar p="sm" inert={isMobile && !navOpened}>
        <AppShell.Section grow>
          <NavigationLinks onNavigate={close} />
        </AppShell.Section>
        <AppShell.Section pt="sm">
          <Anchor href="/status" target="_blank" size="sm" px="sm">
            Public status page ↗
          </Anchor>
        </AppShell.Section>
        {serverInfo ? (
          <AppShell.Section pt="sm">
            <Text size="xs" c="dimmed" px="sm">
              Backline {serverInfo.version} · {STORE_LABELS[serverInfo.store]}
            </Text>
          </AppShell.Section>
        ) : null}
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        {serverInfo?.simulatedCluster ? <SimulatedClusterBanner /> : null}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
