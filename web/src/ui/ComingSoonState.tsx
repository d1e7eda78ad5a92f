import { EmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

interface ComingSoonStateProps {
  icon: ReactNode;
  title: string;
  description: string;
}

/** The empty state of a section whose data the server does not provide yet. */
export function ComingSoonState({ icon, title, description }: ComingSoonStateProps) {
  return (
    <Paper withBorder radius="md" py={64} px="xl">
      <EmptyState icon={icon} variant="light" size="lg" title={title} description={description} />
    </Paper>
  );
}
