import { Button, EmptyState, Paper } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useBacklineTitle } from '../ui/PageHeader';

export function NotFoundPage() {
  useBacklineTitle('Not found');
  return (
    <Paper withBorder radius="md" py={64}>
      <EmptyState
        icon={<IconMapQuestion size={28} />}
        title="This page does not exist"
        description="The link may be out of date, or the page may have moved."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="light">
            Go to the overview
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
