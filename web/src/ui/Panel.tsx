import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A framed part of a page under its heading: a card beside an incident, a schedule's layers. */
export function Panel({
  title,
  testId,
  children,
}: {
  title: ReactNode;
  /** `data-testid`, for tests and the browser tests' page objects. */
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Title order={4} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
