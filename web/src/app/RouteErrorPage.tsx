import { Button, Center, EmptyState } from '@mantine/core';
import { IconBug } from '@tabler/icons-react';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Shown when a page throws while rendering, instead of a blank screen. */
export function RouteErrorPage() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <Center mih="60vh" p="xl">
      <EmptyState
        icon={<IconBug size={28} />}
        color="red"
        variant="light"
        title="This page failed to load"
        description={`Reload to try again. If it keeps happening, tell your Backline admin: ${detail}`}
      >
        <EmptyState.Actions>
          <Button onClick={() => window.location.reload()}>Reload</Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
