import { render } from '@testing-library/react';
import type { SubscriptionForwarder } from '@urql/core';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { routes } from '../app/routes';
import type { Role } from '../generated/graphql';
import { createFakeGraphqlFetch, type FakeHandler } from './fakeGraphqlFetch';
import { deploymentFixture, serverInfoFixture, viewerFixture } from './fixtures';

interface RenderAppOptions {
  /** The URL to open. */
  path?: string;
  /** The signed-in role, or null for a signed-out browser. */
  role?: Role | null;
  simulatedCluster?: boolean;
  handlers?: Record<string, FakeHandler>;
  /** Receives subscription operations; by default they never emit. */
  forwardSubscription?: SubscriptionForwarder;
}

/** Renders the whole console, routes included, against a fake GraphQL server. */
export function renderApp({
  path = '/',
  role = 'ADMIN',
  simulatedCluster = false,
  handlers = {},
  forwardSubscription = () => ({ subscribe: () => ({ unsubscribe: () => {} }) }),
}: RenderAppOptions = {}) {
  const server = createFakeGraphqlFetch({
    viewer: () => ({ data: { viewer: role ? viewerFixture(role) : null } }),
    serverInfo: () => ({ data: serverInfoFixture(simulatedCluster) }),
    ...handlers,
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <AppProviders env="test" clientOptions={{ fetch: server.fetch, forwardSubscription }}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, server };
}

/**
 * The page of qwen-chat in ml-prod, whose `deployment` query answers `deploymentFixture(fields)`;
 * `handlers` answer the page's other operations.
 */
export function renderDeploymentPage(
  fields: Parameters<typeof deploymentFixture>[0] = {},
  { handlers = {}, ...options }: Omit<RenderAppOptions, 'path'> = {},
) {
  return renderApp({
    ...options,
    path: '/deployments/ml-prod/qwen-chat',
    handlers: {
      deployment: () => ({ data: { deployment: deploymentFixture(fields) } }),
      ...handlers,
    },
  });
}
