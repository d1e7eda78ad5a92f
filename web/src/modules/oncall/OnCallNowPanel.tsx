import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconUserCircle } from '@tabler/icons-react';
import { useQuery } from 'urql';
import { DetailLabel } from '../../ui/cells';
import { ErrorState } from '../../ui/ErrorState';
import { formatDateTime } from '../../ui/formatDate';
import { errorMessage } from '../../ui/graphqlError';
import { OnCallNowQuery } from './oncall.documents';

/** Who is on call on every schedule right now, and until when. */
export function OnCallNowPanel() {
  const [{ data, error }] = useQuery({ query: OnCallNowQuery });
  if (error && !data) {
    return <ErrorState title="Could not load who is on call" message={errorMessage(error)} />;
  }
  const rows = data?.onCallNow ?? [];
  if (!rows.length) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mb="lg" data-testid="on-call-now">
      {rows.map((row) => (
        <Paper key={row.schedule.id} withBorder radius="md" p="md">
          <Stack gap={6}>
            <DetailLabel>{row.schedule.name}</DetailLabel>
            <Group gap="xs" wrap="nowrap">
              <IconUserCircle size={22} stroke={1.5} />
              <Text fw={600} data-testid={`on-call-${row.schedule.name}`}>
                {row.user ? row.user.name : 'Nobody'}
              </Text>
              {row.user ? (
                <Badge variant="light" color={row.layer ? 'blue' : 'grape'}>
                  {row.layer ?? 'Override'}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" c="dimmed">
              {row.user
                ? row.until
                  ? `Until ${formatDateTime(row.until)}`
                  : 'No handover in the next two weeks'
                : 'No layer covers this moment: incidents go to the fallback.'}
            </Text>
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
