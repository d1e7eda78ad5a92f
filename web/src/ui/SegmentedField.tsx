import { SegmentedControl, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface SegmentedFieldProps {
  /** Shown above the choices, and their accessible name. */
  label: string;
  /** Below the choices; rendered (even empty) when given, so the form does not jump. */
  description?: ReactNode;
  data: readonly { value: string; label: string }[] | readonly string[];
  value: string;
  onChange: (value: string) => void;
}

/** One of a few choices as a form field: a label over a segmented control. */
export function SegmentedField({ label, description, data, value, onChange }: SegmentedFieldProps) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <SegmentedControl aria-label={label} data={[...data]} value={value} onChange={onChange} />
      {description !== undefined ? (
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      ) : null}
    </Stack>
  );
}
