import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

export function ReleaseWarnings({
  warnings,
  title = 'Before you deploy this release',
}: {
  warnings: readonly string[];
  title?: string;
}) {
  if (warnings.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title={title}
      icon={<IconAlertTriangle size={18} />}
      data-testid="release-warnings"
    >
      <List size="sm" spacing={4}>
        {warnings.map((warning) => (
          <List.Item key={warning}>{warning}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
