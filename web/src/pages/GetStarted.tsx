import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconBell, IconCheck, IconKey, IconRocket, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../generated';
import type { Role } from '../generated/graphql';
import { roleAtLeast } from '../modules/auth';
import { usePagingReadiness } from '../modules/oncall';

export const GettingStartedQuery = graphql(`
  query GettingStarted($isAdmin: Boolean!) {
    apiTokens {
      id
      status
    }
    users @include(if: $isAdmin) {
      id
      disabled
    }
  }
`);

const DISMISSED_KEY = 'backline.overview.getStartedDismissed';

interface Step {
  key: string;
  to: string;
  icon: ReactNode;
  title: string;
  description: string;
  done: boolean;
}

function StepCard({ step }: { step: Step }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid="get-started-step" data-done={step.done}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <ThemeIcon variant="light" size="lg" radius="md" color={step.done ? 'green' : 'blue'}>
            {step.done ? <IconCheck size={18} /> : step.icon}
          </ThemeIcon>
          {step.done ? (
            <Badge color="green" variant="light">
              Done
            </Badge>
          ) : null}
        </Group>
        <Anchor component={Link} to={step.to} fw={600}>
          {step.title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {step.description}
        </Text>
      </Stack>
    </Paper>
  );
}

/**
 * The first steps that make Backline useful, each ticked off from what the server says is done;
 * the block leaves the overview once every step the role can take is done, or when dismissed.
 */
export function GetStarted({ role, deployments }: { role: Role; deployments: number | null }) {
  const isAdmin = roleAtLeast(role, 'ADMIN');
  const [dismissed, setDismissed] = useLocalStorage({
    key: DISMISSED_KEY,
    defaultValue: false,
    getInitialValueInEffect: false,
  });
  const [result] = useQuery({
    query: GettingStartedQuery,
    variables: { isAdmin },
    pause: dismissed,
    requestPolicy: 'cache-and-network',
  });
  const paging = usePagingReadiness();
  if (dismissed || !result.data || !paging || deployments === null) return null;

  const steps: Step[] = [];
  if (isAdmin) {
    steps.push({
      key: 'team',
      to: '/settings/users',
      icon: <IconUsers size={18} />,
      title: 'Invite your team',
      description: 'Create accounts for SREs, support staff and auditors.',
      done: (result.data.users ?? []).filter((user) => !user.disabled).length > 1,
    });
    steps.push({
      key: 'deploy',
      to: '/deployments/new',
      icon: <IconRocket size={18} />,
      title: 'Deploy a model server',
      description:
        'Backline watches the servers it finds; those it deploys it also rolls out and rolls back.',
      done: deployments > 0,
    });
  }
  if (roleAtLeast(role, 'SRE')) {
    steps.push({
      key: 'paging',
      to: paging.problems[0]?.fixPath ?? '/oncall/policies',
      icon: <IconBell size={18} />,
      title: 'Make incidents reach someone',
      description: 'An escalation policy or a fallback channel for every environment.',
      done: paging.ready,
    });
  }
  steps.push({
    key: 'token',
    to: '/settings/tokens',
    icon: <IconKey size={18} />,
    title: 'Create an API token',
    description: 'Let scripts and CI call the Backline API with a limited role.',
    done: result.data.apiTokens.some((token) => token.status === 'ACTIVE'),
  });
  const done = steps.filter((step) => step.done).length;
  if (done === steps.length) return null;

  return (
    <Stack gap="sm" data-testid="get-started">
      <Group justify="space-between">
        <Group gap="xs">
          <Title order={2} size="h4">
            Get started
          </Title>
          <Text size="sm" c="dimmed">
            {done} of {steps.length} done
          </Text>
        </Group>
        <Button variant="subtle" size="xs" onClick={() => setDismissed(true)}>
          Dismiss
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: steps.length }} spacing="md">
        {steps.map((step) => (
          <StepCard key={step.key} step={step} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
