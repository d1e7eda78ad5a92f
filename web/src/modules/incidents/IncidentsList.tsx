import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { LiveListPage } from '../../ui/LiveListPage';
import { MorePages } from '../../ui/MorePages';
import { AddButton } from '../../ui/PageHeader';
import { listOf, SearchFilter, StatesFilter, useUrlFilters } from '../../ui/urlFilters';
import { roleAtLeast, useViewer } from '../auth';
import { DeclareIncidentDialog } from './DeclareIncidentDialog';
import { IncidentsTable } from './IncidentsTable';
import { isIncidentStatus, isSeverity, SEVERITY_STYLE, STATUS_STYLE } from './incidentStyle';
import { type IncidentFilter, useLiveIncidents } from './useLiveIncidents';

/** Every incident, newest first, live; filters live in the URL (`?status=TRIGGERED,ACKNOWLEDGED`). */
export function IncidentsList() {
  const viewer = useViewer();
  const isSre = roleAtLeast(viewer.role, 'SRE');
  const filters = useUrlFilters();
  const [declaring, setDeclaring] = useState(false);
  const statusParam = filters.get('status');
  const severityParam = filters.get('severity');
  const search = filters.get('q');
  const [searched] = useDebouncedValue(search, 250);
  const filter = useMemo<IncidentFilter>(
    () => ({
      status: listOf(statusParam, isIncidentStatus),
      severity: listOf(severityParam, isSeverity),
      search: searched,
    }),
    [statusParam, severityParam, searched],
  );
  const live = useLiveIncidents(filter);
  const filtered = filter.status.length > 0 || filter.severity.length > 0 || search.trim() !== '';

  const declareButton = isSre ? (
    <AddButton color="red" onClick={() => setDeclaring(true)}>
      Declare incident
    </AddButton>
  ) : null;

  return (
    <>
      <LiveListPage
        title="Incidents"
        description="Outages and degradations, opened by health checks, rollouts, alerts and people. The list updates live."
        actions={declareButton}
        filters={
          <>
            <StatesFilter
              label="Status"
              all="All statuses"
              w={320}
              styles={STATUS_STYLE}
              value={filter.status}
              onChange={(values) => filters.set('status', values)}
            />
            <StatesFilter
              label="Severity"
              all="All severities"
              w={260}
              styles={SEVERITY_STYLE}
              value={filter.severity}
              onChange={(values) => filters.set('severity', values)}
            />
            <SearchFilter
              placeholder="Title, deployment or INC-number"
              value={search}
              onChange={(value) => filters.set('q', value)}
            />
          </>
        }
        live={live}
        errorTitle="Could not load incidents"
        empty={{
          icon: <IconAlertTriangle size={28} />,
          title: filtered ? 'No incidents match these filters' : 'No incidents',
          description: filtered
            ? 'Clear a filter or the search to see other incidents.'
            : 'Health checks open an incident when a deployment goes down or degrades; you can also declare one.',
        }}
      >
        <IncidentsTable rows={live.rows} />
        <MorePages shown={live.rows.length} noun="incidents" pages={live.pages} />
      </LiveListPage>
      <DeclareIncidentDialog opened={declaring} onClose={() => setDeclaring(false)} />
    </>
  );
}
