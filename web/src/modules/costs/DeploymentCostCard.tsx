import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CostSummary } from './CostSummary';
import { DeploymentCostQuery } from './costs.documents';

/** The deployment's cost over the last seven days, against GPT-4o. */
export function DeploymentCostCard({ namespace, name }: { namespace: string; name: string }) {
  const variables = useMemo(() => ({ namespace, name }), [namespace, name]);
  const [query] = useQuery({ query: DeploymentCostQuery, variables });
  const cost = query.data?.deployment?.cost;
  return (
    <Paper withBorder radius="md" p="md" data-testid="deployment-cost">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Cost, last 7 days</Title>
        <Anchor component={Link} to="/costs" size="sm">
          All costs
        </Anchor>
      </Group>
      {cost ? (
        <>
          <CostSummary figures={cost} apiName="GPT-4o" cols={5} />
          {cost.usedDefaultPrices ? (
            <Text size="xs" c="dimmed" mt="xs">
              Uses shipped default prices; set your own under Costs.
            </Text>
          ) : null}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {query.error ? 'Could not load the cost.' : 'Loading…'}
        </Text>
      )}
    </Paper>
  );
}
