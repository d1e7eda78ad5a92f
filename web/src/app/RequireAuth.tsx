import { Box, Center } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from '../modules/auth';
import { ErrorState } from '../ui/ErrorState';
import { errorMessage } from '../ui/graphqlError';
import { LoadingState } from '../ui/LoadingState';
import { loginPath } from './redirects';

/** Renders its routes for a signed-in user; sends everyone else to the login page. */
export function RequireAuth() {
  const auth = useAuth();
  const location = useLocation();

  if (auth.status === 'loading') return <LoadingState label="Checking your session…" fullHeight />;
  if (auth.status === 'error') {
    return (
      <Center h="100vh" p="md">
        <Box maw={560} w="100%">
          <ErrorState
            title="Backline is not reachable"
            message={errorMessage(auth.error ?? undefined)}
            onRetry={auth.reload}
          />
        </Box>
      </Center>
    );
  }
  if (auth.status === 'signedOut') {
    return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  }
  return <Outlet />;
}
