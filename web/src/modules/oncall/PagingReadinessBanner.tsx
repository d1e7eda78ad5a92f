import { Anchor, List } from '@mantine/core';
import { IconBellOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Notice } from '../../ui/Notice';
import { PagingReadinessQuery } from './oncall.documents';

/** Whether an incident would page anyone, and if not, why; undefined until it is known. */
export function usePagingReadiness() {
  const [result] = useQuery({ query: PagingReadinessQuery, requestPolicy: 'cache-and-network' });
  return result.data?.pagingReadiness;
}

/** Says so when an incident would page no one, with a link to what fixes each gap. */
export function PagingReadinessBanner() {
  const readiness = usePagingReadiness();
  if (!readiness || readiness.ready) return null;
  return (
    <Notice color="red" icon={IconBellOff} title="Paging goes nowhere" testId="paging-readiness">
      <List size="sm" spacing={4}>
        {readiness.problems.map((problem) => (
          <List.Item key={`${problem.environment}:${problem.message}`}>
            {problem.message}{' '}
            <Anchor
              component={Link}
              to={problem.fixPath}
              size="sm"
              fw={600}
              c="inherit"
              underline="always"
            >
              Fix {problem.environment.toLowerCase()} paging
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Notice>
  );
}
