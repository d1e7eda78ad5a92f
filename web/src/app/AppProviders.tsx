import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { type ReactNode, useCallback, useRef, useState } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { AuthProvider, SessionEvents } from '../modules/auth';
import {
  createGraphqlClient,
  defaultWsUrl,
  type GraphqlClientHandle,
  type GraphqlClientOptions,
} from './graphqlClient';
import { colorSchemeManager, cssVariablesResolver, theme } from './theme';

interface AppProvidersProps {
  /** Overrides for the GraphQL client; by default it talks to this origin over HTTP and websocket. */
  clientOptions?: Omit<GraphqlClientOptions, 'onUnauthenticated'>;
  /** `test` turns off Mantine's transitions and portals. */
  env?: 'default' | 'test';
  children: ReactNode;
}

export function AppProviders({ clientOptions, env = 'default', children }: AppProvidersProps) {
  const sessionEventsRef = useRef<SessionEvents | null>(null);
  sessionEventsRef.current ??= new SessionEvents();
  const sessionEvents = sessionEventsRef.current;

  const makeHandle = useCallback(
    (): GraphqlClientHandle =>
      createGraphqlClient({
        wsUrl: defaultWsUrl(),
        ...clientOptions,
        onUnauthenticated: (message) => sessionEvents.emitUnauthenticated(message),
      }),
    [clientOptions, sessionEvents],
  );

  const handleRef = useRef<GraphqlClientHandle | null>(null);
  handleRef.current ??= makeHandle();
  const [client, setClient] = useState(handleRef.current.client);

  // A new identity gets a new client: no cached data or authenticated socket survives it.
  const resetClient = useCallback(() => {
    handleRef.current?.dispose();
    const next = makeHandle();
    handleRef.current = next;
    setClient(next.client);
  }, [makeHandle]);

  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
      env={env}
    >
      <Notifications position="bottom-right" limit={3} autoClose={5000} />
      <UrqlProvider value={client}>
        <AuthProvider sessionEvents={sessionEvents} onIdentityChange={resetClient}>
          {children}
        </AuthProvider>
      </UrqlProvider>
    </MantineProvider>
  );
}
