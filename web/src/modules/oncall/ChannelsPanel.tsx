import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBell, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutation } from 'urql';
import type {
  NotificationChannelFieldsFragment,
  NotificationChannelType,
} from '../../generated/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DataTable } from '../../ui/DataTable';
import { FormDialog } from '../../ui/FormDialog';
import { errorMessage } from '../../ui/graphqlError';
import { ListStates } from '../../ui/ListStates';
import { AddButton, PageHeader } from '../../ui/PageHeader';
import { useConfirm } from '../../ui/useConfirm';
import { useListQuery } from '../../ui/useLiveQuery';
import {
  CreateNotificationChannelMutation,
  DeleteNotificationChannelMutation,
  NotificationChannelsQuery,
  TestNotificationChannelMutation,
  UpdateNotificationChannelMutation,
} from './oncall.documents';

const TYPE_LABEL: Record<NotificationChannelType, string> = {
  WEBHOOK: 'Webhook',
  SLACK: 'Slack',
  EMAIL: 'Email',
};

function CreateChannelModal({
  opened,
  emailConfigured,
  onClose,
  onCreated,
}: {
  opened: boolean;
  emailConfigured: boolean;
  onClose: () => void;
  onCreated: (name: string, secret: string | null) => void;
}) {
  const [name, setName] = useState('');
  const [type, setType] = useState<NotificationChannelType>('WEBHOOK');
  const [url, setUrl] = useState('');
  const [emailTo, setEmailTo] = useState<string[]>([]);
  const [isFallback, setFallback] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(CreateNotificationChannelMutation);

  const submit = async () => {
    const result = await create({
      input: {
        name: name.trim(),
        type,
        isFallback,
        ...(type === 'EMAIL' ? { emailTo } : { url: url.trim() }),
      },
    });
    if (result.error || !result.data) {
      setError(errorMessage(result.error));
      return;
    }
    setName('');
    setUrl('');
    setEmailTo([]);
    setFallback(false);
    setError(null);
    onCreated(
      result.data.createNotificationChannel.channel.name,
      result.data.createNotificationChannel.secret ?? null,
    );
  };

  return (
    <FormDialog
      opened={opened}
      title="New notification channel"
      size="md"
      submitLabel="Create channel"
      onClose={onClose}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      busy={fetching}
      error={error}
      errorStyle="plain"
    >
      <TextInput
        label="Name"
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <Select
        label="Type"
        allowDeselect={false}
        data={(Object.keys(TYPE_LABEL) as NotificationChannelType[]).map((t) => ({
          value: t,
          label: TYPE_LABEL[t],
        }))}
        value={type}
        onChange={(v) => setType((v ?? 'WEBHOOK') as NotificationChannelType)}
      />
      {type === 'EMAIL' ? (
        <>
          <TagsInput
            label="Recipients"
            description="Press Enter after each address"
            value={emailTo}
            onChange={setEmailTo}
          />
          {emailConfigured ? null : (
            <Alert color="yellow">Email is not configured on the server (BACKLINE_SMTP_URL).</Alert>
          )}
        </>
      ) : (
        <TextInput
          label={type === 'SLACK' ? 'Incoming webhook URL' : 'URL'}
          description={
            type === 'WEBHOOK'
              ? 'Gets a signed JSON POST (X-Backline-Signature: sha256=HMAC of the body)'
              : 'Gets Slack message JSON with blocks'
          }
          required
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
        />
      )}
      <Switch
        label="Fallback: hears about every incident nobody acknowledged"
        checked={isFallback}
        onChange={(e) => setFallback(e.currentTarget.checked)}
      />
    </FormDialog>
  );
}

/** Notification channels: where escalations and incident updates are sent (admins). */
export function ChannelsPanel() {
  const { data, fetching, error, loaded, refetch } = useListQuery(NotificationChannelsQuery, [
    'NotificationChannel',
  ]);
  const [, update] = useMutation(UpdateNotificationChannelMutation);
  const [, testSend] = useMutation(TestNotificationChannelMutation);
  const [{ fetching: removing }, remove] = useMutation(DeleteNotificationChannelMutation);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const deletion = useConfirm((channel: NotificationChannelFieldsFragment) =>
    remove({ id: channel.id }),
  );
  const [actionError, setActionError] = useState<string | null>(null);
  const channels = data?.notificationChannels ?? [];

  const test = async (c: NotificationChannelFieldsFragment) => {
    const result = await testSend({ id: c.id });
    if (result.error) setActionError(errorMessage(result.error));
    else
      notifications.show({
        icon: <IconSend size={18} />,
        title: 'Test message queued',
        message: `Sent to ${c.name}; its delivery shows in the log of the channel's receiver.`,
      });
  };

  return (
    <>
      <PageHeader
        order={3}
        title="Notifications"
        description="Channels that escalation policies and fallbacks send to. A channel that fails many times in a row is disabled; enable it again once it is fixed."
        actions={<AddButton onClick={() => setCreating(true)}>New channel</AddButton>}
      />
      {actionError ? (
        <Alert color="red" mb="md" withCloseButton onClose={() => setActionError(null)}>
          {actionError}
        </Alert>
      ) : null}
      <ListStates
        state={{ error, loaded, fetching, refetch }}
        empty={
          channels.length === 0
            ? {
                icon: <IconBell size={28} />,
                title: 'No channels yet',
                description:
                  'Add a webhook, a Slack incoming webhook or an email list, and mark one as the fallback.',
              }
            : null
        }
      >
        <Paper withBorder radius="md">
          <DataTable
            label="Notification channels"
            verticalSpacing="sm"
            rows={channels}
            rowProps={(c) => ({ 'data-testid': `channel-${c.name}` })}
            columns={[
              {
                header: 'Channel',
                cell: (c) => (
                  <>
                    <Group gap="xs">
                      <Text fw={600}>{c.name}</Text>
                      <Badge variant="light">{TYPE_LABEL[c.type]}</Badge>
                    </Group>
                    {c.disabledReason ? (
                      <Text size="xs" c="red">
                        {c.disabledReason}
                      </Text>
                    ) : null}
                  </>
                ),
              },
              {
                header: 'Where',
                cell: (c) => (
                  <Text size="sm" style={{ wordBreak: 'break-all' }}>
                    {c.type === 'EMAIL' ? c.emailTo.join(', ') : c.url}
                  </Text>
                ),
              },
              {
                header: 'Fallback',
                cell: (c) => (
                  <Switch
                    aria-label={`${c.name} is a fallback`}
                    checked={c.isFallback}
                    onChange={(e) =>
                      void update({ input: { id: c.id, isFallback: e.currentTarget.checked } })
                    }
                  />
                ),
              },
              {
                header: 'Enabled',
                cell: (c) => (
                  <Switch
                    aria-label={`${c.name} is enabled`}
                    checked={c.enabled}
                    onChange={(e) =>
                      void update({ input: { id: c.id, enabled: e.currentTarget.checked } })
                    }
                  />
                ),
              },
              {
                header: null,
                cell: (c) => (
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="light" onClick={() => void test(c)}>
                      Send test
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => {
                        setActionError(null);
                        deletion.ask(c);
                      }}
                    >
                      Delete
                    </Button>
                  </Group>
                ),
              },
            ]}
          />
        </Paper>
      </ListStates>
      <CreateChannelModal
        opened={creating}
        emailConfigured={data?.emailConfigured ?? false}
        onClose={() => setCreating(false)}
        onCreated={(name, s) => {
          setCreating(false);
          if (s) setSecret({ name, secret: s });
        }}
      />
      <Modal opened={secret !== null} onClose={() => setSecret(null)} title="Signing secret">
        <Stack gap="md">
          <Text size="sm">
            Receivers of <b>{secret?.name}</b> check <Code>X-Backline-Signature</Code> with this
            secret. Copy it now: it will not be shown again.
          </Text>
          <Code block data-testid="channel-secret">
            {secret?.secret}
          </Code>
          <Group justify="flex-end">
            <Button onClick={() => setSecret(null)}>I have copied it</Button>
          </Group>
        </Stack>
      </Modal>
      <ConfirmDialog
        {...deletion.dialog}
        title="Delete channel"
        confirmLabel="Delete channel"
        danger
        loading={removing}
      >
        Messages waiting for <b>{deletion.target?.name}</b> will not be sent.
      </ConfirmDialog>
    </>
  );
}
