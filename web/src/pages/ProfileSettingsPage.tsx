import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ProfileForm, RoleBadge, useViewer } from '../modules/auth';
import { Labelled } from '../ui/cells';
import { formatDateTime } from '../ui/formatDate';
import { useBacklineTitle } from '../ui/PageHeader';

export function ProfileSettingsPage() {
  useBacklineTitle('Profile');
  const viewer = useViewer();
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <Title order={3} mb="md">
          Profile
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="lg">
          <Labelled label="Name">
            <Text size="sm">{viewer.user.name || '—'}</Text>
          </Labelled>
          <Labelled label="Email">
            <Text size="sm">{viewer.user.email}</Text>
          </Labelled>
          <Labelled label="Role">
            <Group>
              <RoleBadge role={viewer.role} />
            </Group>
          </Labelled>
          <Labelled label="Session expires">
            <Text size="sm">
              {viewer.sessionExpiresAt ? formatDateTime(viewer.sessionExpiresAt) : '—'}
            </Text>
          </Labelled>
        </SimpleGrid>
      </Paper>
      {viewer.user.hasPassword === false ? (
        <Paper withBorder radius="md" p="lg">
          <Title order={3} mb={4}>
            Password
          </Title>
          <Text size="sm" c="dimmed">
            You sign in through single sign-on, so this account has no password; your identity
            provider manages your sign-in, and your groups there set your role.
          </Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md" p="lg">
          <Title order={3} mb={4}>
            Change password
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            Use at least 12 characters, and a password you do not use anywhere else.
          </Text>
          <ProfileForm />
        </Paper>
      )}
    </Stack>
  );
}
