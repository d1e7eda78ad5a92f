import { Alert, Anchor, Center, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeNextPath } from '../app/redirects';
import {
  LoginForm,
  SingleSignOnButton,
  ssoErrorMessage,
  useAuth,
  useSignInOptions,
} from '../modules/auth';
import { BrandMark } from '../modules/shell';
import { LoadingState } from '../ui/LoadingState';
import { useBacklineTitle } from '../ui/PageHeader';

export function LoginPage() {
  useBacklineTitle('Sign in');
  const { status } = useAuth();
  const options = useSignInOptions();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNextPath(searchParams.get('next'));
  const ssoError = searchParams.get('sso_error');
  const [showPassword, setShowPassword] = useState(false);

  if (status === 'loading' || options.loading) {
    return <LoadingState label="Checking your session…" fullHeight />;
  }
  if (status === 'signedIn') return <Navigate to={next} replace />;

  const sso = options.singleSignOn;
  const passwordForm = <LoginForm onSignedIn={() => navigate(next, { replace: true })} />;

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-body)">
      <Stack w="100%" maw={420} gap="lg">
        <Center>
          <BrandMark size="lg" />
        </Center>
        <Paper withBorder shadow="sm" radius="lg" p="xl">
          <Stack gap={4} mb="lg">
            <Title order={1} size="h3">
              Sign in
            </Title>
            <Text size="sm" c="dimmed">
              Operate, support and audit your open model deployments.
            </Text>
          </Stack>
          {ssoError ? (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle size={18} />}
              title="Single sign-on failed"
              role="alert"
              mb="md"
            >
              {ssoErrorMessage(ssoError, sso?.displayName ?? 'the identity provider')}
            </Alert>
          ) : null}
          {sso ? (
            <Stack gap="md">
              <SingleSignOnButton
                displayName={sso.displayName}
                loginUrl={sso.loginUrl}
                next={next}
              />
              {options.passwordLogin || showPassword ? (
                <>
                  <Divider
                    label={options.passwordLogin ? 'or with your email' : 'administrator sign-in'}
                    labelPosition="center"
                  />
                  {passwordForm}
                </>
              ) : (
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  c="dimmed"
                  ta="center"
                  onClick={() => setShowPassword(true)}
                >
                  Administrator sign-in with a password
                </Anchor>
              )}
            </Stack>
          ) : (
            passwordForm
          )}
        </Paper>
        <Text size="xs" c="dimmed" ta="center">
          {sso
            ? `Sign in with your ${sso.displayName} account. Access comes from your groups there; ask a Backline admin if you cannot get in.`
            : 'Accounts are created by a Backline admin. Forgot your password? Ask an admin to set a new one.'}
        </Text>
      </Stack>
    </Center>
  );
}
