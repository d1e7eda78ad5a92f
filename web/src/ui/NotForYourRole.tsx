import { EmptyState, Paper } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';

/** What a page says instead of error banners when the viewer's role may not read its data. */
export function NotForYourRole({ title, description }: { title: string; description: string }) {
  return (
    <Paper withBorder radius="md" py={48} data-testid="not-for-your-role">
      <EmptyState icon={<IconLock size={28} />} title={title} description={description} />
    </Paper>
  );
}
