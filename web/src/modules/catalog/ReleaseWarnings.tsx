import { List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Notice } from '../../ui/Notice';

export function ReleaseWarnings({
  warnings,
  title = 'Before you deploy this release',
}: {
  warnings: readonly string[];
  title?: string;
}) {
  if (warnings.length === 0) return null;
  return (
    <Notice color="orange" icon={IconAlertTriangle} title={title} testId="release-warnings">
      <List size="sm" spacing={4}>
        {warnings.map((warning) => (
          <List.Item key={warning}>{warning}</List.Item>
        ))}
      </List>
    </Notice>
  );
}
