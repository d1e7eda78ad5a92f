import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { FormError } from '../../ui/FormDialog';
import { errorCode, errorMessage, fieldErrors } from '../../ui/graphqlError';
import { EMAIL_PATTERN, type FormErrors, useFormState } from '../../ui/useFormState';
import { useAuth } from './useAuth';

export const WRONG_CREDENTIALS_MESSAGE = 'Email or password is incorrect.';
export const SESSION_EXPIRED_MESSAGE = 'Your session has expired; sign in again.';

type LoginValues = { email: string; password: string };

const INITIAL_VALUES: LoginValues = { email: '', password: '' };

function validate(values: LoginValues): FormErrors<LoginValues> {
  return {
    email: !values.email.trim()
      ? 'Enter your email address'
      : EMAIL_PATTERN.test(values.email.trim())
        ? undefined
        : 'Enter a valid email address, like name@example.com',
    password: values.password ? undefined : 'Enter your password',
  };
}

function loginErrorMessage(error: CombinedError): string {
  switch (errorCode(error)) {
    case 'UNAUTHENTICATED':
      return WRONG_CREDENTIALS_MESSAGE;
    default:
      return errorMessage(error);
  }
}

interface LoginFormProps {
  onSignedIn: () => void;
}

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { login, sessionExpired } = useAuth();
  const form = useFormState(INITIAL_VALUES, validate);
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.onSubmit(async (values) => {
    setSubmitting(true);
    setFormError(null);
    const { error } = await login(values.email.trim(), values.password);
    setSubmitting(false);
    if (!error) {
      onSignedIn();
      return;
    }
    const fields = fieldErrors(error);
    form.setServerErrors(fields);
    if (Object.keys(fields).length === 0) setFormError(loginErrorMessage(error));
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Sign in">
      <Stack gap="md">
        {sessionExpired && !formError ? (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconClockExclamation size={18} />}
            role="status"
          >
            {SESSION_EXPIRED_MESSAGE}
          </Alert>
        ) : null}
        <FormError error={formError} />
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          placeholder="you@company.com"
          required
          data-autofocus
          {...form.inputProps('email')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          {...form.inputProps('password')}
        />
        <Button type="submit" fullWidth loading={submitting} mt="xs">
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
