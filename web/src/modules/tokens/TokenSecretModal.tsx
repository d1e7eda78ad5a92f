import {
  ActionIcon,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { Notice } from '../../ui/Notice';

export const SECRET_WARNING = 'Copy this token now. It will not be shown again.';

interface TokenSecretModalProps {
  /** The created token's name and secret; null when there is nothing to show. */
  created: { name: string; secret: string } | null;
  onClose: () => void;
}

/** Shows a new token's secret, the only time it is ever available. */
export function TokenSecretModal({ created, onClose }: TokenSecretModalProps) {
  return (
    <Modal
      opened={created !== null}
      onClose={onClose}
      title="Your new API token"
      size="lg"
      centered
      closeOnClickOutside={false}
    >
      {created ? (
        <Stack gap="md">
          <Notice color="yellow" icon={IconAlertTriangle} title={SECRET_WARNING}>
            Backline keeps only a hash of it. If you lose it, revoke the token and create another.
          </Notice>
          <Text size="sm">
            Token <b>{created.name}</b>:
          </Text>
          <Group gap="xs" wrap="nowrap" align="stretch">
            <Code
              block
              style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
              data-testid="token-secret"
            >
              {created.secret}
            </Code>
            <CopyButton value={created.secret} timeout={2000}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? 'Copied' : 'Copy to clipboard'} withArrow>
                  <ActionIcon
                    variant={copied ? 'filled' : 'default'}
                    color={copied ? 'teal' : undefined}
                    size="xl"
                    onClick={copy}
                    aria-label={copied ? 'Copied' : 'Copy token'}
                  >
                    {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
          <Text size="sm" c="dimmed">
            Send it as <Code>Authorization: Bearer &lt;token&gt;</Code> on requests to{' '}
            <Code>/graphql</Code>.
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>I have copied it</Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
