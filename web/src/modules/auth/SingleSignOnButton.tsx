import { Button } from '@mantine/core';
import { IconLogin2 } from '@tabler/icons-react';

interface SingleSignOnButtonProps {
  displayName: string;
  loginUrl: string;
  /** The console path to come back to after signing in. */
  next: string;
}

/** A plain link: the server redirects the browser to the identity provider. */
export function SingleSignOnButton({ displayName, loginUrl, next }: SingleSignOnButtonProps) {
  const href = next === '/' ? loginUrl : `${loginUrl}?${new URLSearchParams({ next }).toString()}`;
  return (
    <Button
      component="a"
      href={href}
      fullWidth
      size="md"
      variant="filled"
      leftSection={<IconLogin2 size={18} />}
    >
      Sign in with {displayName}
    </Button>
  );
}
