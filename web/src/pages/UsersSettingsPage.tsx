import { EmptyState, Paper } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useViewer } from '../modules/auth';
import { UsersPanel } from '../modules/users';
import { useBacklineTitle } from '../ui/PageHeader';

export function UsersSettingsPage() {
  useBacklineTitle('Users');
  const viewer = useViewer();
  if (viewer.role !== 'ADMIN') {
    return (
      <Paper withBorder radius="md" py={48}>
        <EmptyState
          icon={<IconLock size={28} />}
          title="Only admins manage users"
          description="Ask an admin if someone needs an account or a different role."
        />
      </Paper>
    );
  }
  return <UsersPanel />;
}
