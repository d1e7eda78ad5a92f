import { Box, Center, Stack, Text, Title } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ProfileForm, useAuth } from '../modules/auth';
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
  if (auth.viewer?.user.mustChangePassword) {
    // An admin chose the password: nothing else works until the user has chosen their own.
    return (
      <Center h="100vh" p="md">
        <Stack maw={460} w="100%" gap="md">
          <Title order={1} size="h2">
            Choose your own password
          </Title>
          <Text c="dimmed">
            An administrator set the password you signed in with. Choose a new one to continue.
          </Text>
          <ProfileForm onChanged={auth.reload} />
        </Stack>
      </Center>
    );
  }
  return <Outlet />;
}
