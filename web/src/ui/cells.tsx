import { Alert, Anchor, Group, Stack, Text, type TextProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateTime, formatRelative } from './formatDate';

type CellTextProps = Omit<TextProps, 'children'>;

/** "3 minutes ago", with the full date and time in a tooltip. */
export function TimeAgo({ at, ...props }: { at: string } & CellTextProps) {
  return (
    <Text size="sm" title={formatDateTime(at)} {...props}>
      {formatRelative(at)}
    </Text>
  );
}

/** Monospaced small text: names, namespaces, ids. */
export function Mono({ children, ...props }: { children: ReactNode } & CellTextProps) {
  return (
    <Text size="sm" ff="monospace" {...props}>
      {children}
    </Text>
  );
}

/** Dimmed small text: what stands where a value is missing ("Never", "—"). */
export function Dim({ children, ...props }: { children: ReactNode } & CellTextProps) {
  return (
    <Text size="sm" c="dimmed" {...props}>
      {children}
    </Text>
  );
}

/** A value, or a dimmed placeholder when there is none. */
export function OrDash({
  value,
  placeholder = '—',
  ...props
}: { value: ReactNode | null | undefined; placeholder?: string } & CellTextProps) {
  return (
    <Text size="sm" c={value ? undefined : 'dimmed'} {...props}>
      {value ?? placeholder}
    </Text>
  );
}

/** When something changed ("3 minutes ago", the full time in a tooltip) and, beneath, who did. */
export function ChangedBy({ at, by }: { at: string; by: string }) {
  return (
    <>
      <TimeAgo at={at} />
      <Text size="xs" c="dimmed">
        {by}
      </Text>
    </>
  );
}

/** The small upper-case label of a detail or a part of a card. */
export function DetailLabel({ children }: { children: ReactNode }) {
  return (
    <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
      {children}
    </Text>
  );
}

/** A detail: its small upper-case label above its value. */
export function Labelled({
  label,
  gap = 2,
  testId,
  children,
}: {
  label: ReactNode;
  gap?: number;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Stack gap={gap} data-testid={testId}>
      <DetailLabel>{label}</DetailLabel>
      {children}
    </Stack>
  );
}

/** A record as people name it: its reference (INC-12, T-1001) beside its title, linked to it. */
export function RefLink({
  reference,
  to,
  children,
}: {
  reference: string;
  to: string;
  children: ReactNode;
}) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c="dimmed" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
        {reference}
      </Text>
      <Anchor component={Link} to={to} fw={600} size="sm">
        {children}
      </Anchor>
    </Group>
  );
}

/** Says that this thing was merged into another, with a link to it. */
export function MergedInto({ to, name }: { to: string; name: ReactNode }) {
  return (
    <Alert color="gray" variant="light">
      Merged into{' '}
      <Anchor component={Link} to={to}>
        {name}
      </Anchor>
      .
    </Alert>
  );
}
