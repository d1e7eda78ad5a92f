import {
  Client,
  cacheExchange,
  type Exchange,
  fetchExchange,
  getOperationName,
  mapExchange,
  type SubscriptionForwarder,
  subscriptionExchange,
} from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';

/** Operations that authenticate by credentials: their UNAUTHENTICATED means "wrong password". */
const CREDENTIAL_OPERATIONS = new Set(['Login', 'ChangePassword']);

export interface GraphqlClientOptions {
  /** Absolute or same-origin URL of the GraphQL endpoint. */
  url?: string;
  /** The websocket URL for subscriptions; omit to run without subscriptions (tests). */
  wsUrl?: string;
  /** Carries subscriptions instead of a websocket to `wsUrl` (tests). */
  forwardSubscription?: SubscriptionForwarder;
  /** A `fetch` implementation; defaults to the browser's. */
  fetch?: typeof fetch;
  /** Called when the server rejects the request's session. */
  onUnauthenticated?: (message: string) => void;
}

export interface GraphqlClientHandle {
  client: Client;
  /** Closes the subscription socket; call when discarding the client. */
  dispose(): void;
}

/** The websocket URL of `/graphql` on the page's own origin. */
export function defaultWsUrl(location: Location = window.location): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}/graphql`;
}

export function createGraphqlClient(options: GraphqlClientOptions = {}): GraphqlClientHandle {
  const exchanges: Exchange[] = [
    cacheExchange,
    mapExchange({
      onResult(result) {
        const name = getOperationName(result.operation.query) ?? '';
        if (CREDENTIAL_OPERATIONS.has(name)) return;
        const unauthenticated = result.error?.graphQLErrors.find(
          (e) => e.extensions.code === 'UNAUTHENTICATED',
        );
        if (unauthenticated) options.onUnauthenticated?.(unauthenticated.message);
      },
    }),
    fetchExchange,
  ];

  let dispose = () => {};
  if (options.forwardSubscription) {
    exchanges.push(subscriptionExchange({ forwardSubscription: options.forwardSubscription }));
  } else if (options.wsUrl) {
    const wsClient = createWsClient({ url: options.wsUrl, lazy: true, retryAttempts: 30 });
    exchanges.push(
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = wsClient.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    );
    dispose = () => {
      void wsClient.dispose();
    };
  }

  const client = new Client({
    url: options.url ?? '/graphql',
    exchanges,
    // The server's CSRF prevention accepts JSON POSTs only, so never fall back to GET.
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  return { client, dispose };
}
