import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeNextPath } from '../app/redirects';
import { LoginForm, useAuth } from '../modules/auth';
import { BrandMark } from '../modules/shell';
import { LoadingState } from '../ui/LoadingState';
import { useBacklineTitle } from '../ui/PageHeader';

export function LoginPage() {
  useBacklineTitle('Sign in');
  const { status } = useAuth();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNextPath(searchParams.get('next'));

  if (status === 'loading') return <LoadingState label="Checking your session…" fullHeight />;
  if (status === 'signedIn') return <Navigate to={next} replace />;

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-body)">
      <Stack w="100%" maw={420} gap="lg">
        <Center>
          <BrandMark size="lg" />
        </Center>
        <Paper withBorder shadow="sm" radius="lg" p="xl">
          <Stack gap={4} mb="lg">
            <Title order={2} size="h3">
              Sign in
            </Title>
            <Text size="sm" c="dimmed">
              Operate, support and audit your open model deployments.
            </Text>
          </Stack>
          <LoginForm onSignedIn={() => navigate(next, { replace: true })} />
        </Paper>
        <Text size="xs" c="dimmed" ta="center">
          Accounts are created by a Backline admin. Forgot your password? Ask an admin to set a new
          one.
        </Text>
      </Stack>
    </Center>
  );
}
