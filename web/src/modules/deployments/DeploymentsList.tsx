import { Button } from '@mantine/core';
import { IconPlus, IconRocket } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { LiveListPage } from '../../ui/LiveListPage';
import { MorePages } from '../../ui/MorePages';
import { OneOfFilter, SearchFilter, useUrlFilters } from '../../ui/urlFilters';
import { roleAtLeast, useViewer } from '../auth';
import { useActiveRollouts } from '../rollouts';
import { DeploymentsTable } from './DeploymentsTable';
import { ENVIRONMENT_OPTIONS, isEnvironment } from './phase';
import { useLiveDeploymentPages } from './useLiveDeploymentPages';

/** The model deployments with their phase, a page at a time, live; filters live in the URL. */
export function DeploymentsList() {
  const viewer = useViewer();
  const isAdmin = roleAtLeast(viewer.role, 'ADMIN');
  const filters = useUrlFilters();
  const namespace = filters.get('namespace') || null;
  const environmentParam = filters.get('environment');
  const environment = isEnvironment(environmentParam) ? environmentParam : null;
  const search = filters.get('q');
  const filter = useMemo(
    () => ({ namespace, environment, search }),
    [namespace, environment, search],
  );
  const live = useLiveDeploymentPages(filter);
  const { byDeployment: rollouts } = useActiveRollouts();

  const setFilter = filters.set;
  const filtered = namespace !== null || environment !== null || search.trim() !== '';

  const newButton = isAdmin ? (
    <Button component={Link} to="/deployments/new" leftSection={<IconPlus size={18} />}>
      New deployment
    </Button>
  ) : null;

  return (
    <LiveListPage
      title="Deployments"
      description="Model releases running on your clusters, their rollouts and their health. The list updates live."
      actions={newButton}
      filters={
        <>
          <OneOfFilter
            label="Namespace"
            all="All namespaces"
            data={live.namespaces}
            value={namespace}
            onChange={(value) => setFilter('namespace', value)}
          />
          <OneOfFilter
            label="Environment"
            all="All environments"
            data={ENVIRONMENT_OPTIONS}
            value={environment}
            onChange={(value) => setFilter('environment', value)}
          />
          <SearchFilter
            placeholder="Name, namespace, model or runtime"
            value={search}
            onChange={(value) => setFilter('q', value)}
          />
        </>
      }
      live={live}
      errorTitle="Could not load deployments"
      empty={{
        icon: <IconRocket size={28} />,
        title: filtered ? 'No deployments match these filters' : 'No model deployments yet',
        description: filtered
          ? 'Clear a filter or the search to see other deployments.'
          : isAdmin
            ? 'Deploy a release from the catalog to a managed namespace; its rollout shows here live.'
            : 'An admin deploys releases from the catalog; they show here with their rollout, live.',
        action: filtered ? null : newButton,
      }}
    >
      <DeploymentsTable rows={live.rows} rollouts={rollouts} />
      <MorePages shown={live.rows.length} noun="deployments" pages={live.pages} />
    </LiveListPage>
  );
}
