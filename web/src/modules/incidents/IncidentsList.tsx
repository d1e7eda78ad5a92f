import { Button, Group, MultiSelect, Paper } from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ListStates, LiveUpdatesAlert } from '../../ui/ListStates';
import { PageHeader } from '../../ui/PageHeader';
import { stateOptions } from '../../ui/stateStyle';
import { roleAtLeast, useViewer } from '../auth';
import { DeclareIncidentDialog } from './DeclareIncidentDialog';
import { IncidentsTable } from './IncidentsTable';
import { isIncidentStatus, isSeverity, SEVERITY_STYLE, STATUS_STYLE } from './incidentStyle';
import { type IncidentFilter, useLiveIncidents } from './useLiveIncidents';

function listParam(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? '').split(',').filter(Boolean);
}

/** Every incident, newest first, live; filters live in the URL (`?status=TRIGGERED,ACKNOWLEDGED`). */
export function IncidentsList() {
  const viewer = useViewer();
  const isSre = roleAtLeast(viewer.role, 'SRE');
  const [params, setParams] = useSearchParams();
  const [declaring, setDeclaring] = useState(false);
  const statusParam = params.get('status') ?? '';
  const severityParam = params.get('severity') ?? '';
  const filter = useMemo<IncidentFilter>(
    () => ({
      status: statusParam.split(',').filter(isIncidentStatus),
      severity: severityParam.split(',').filter(isSeverity),
    }),
    [statusParam, severityParam],
  );
  const { rows, loaded, error, liveError, refetch } = useLiveIncidents(filter);
  const filtered = filter.status.length > 0 || filter.severity.length > 0;

  const setFilter = (key: string, values: string[]) => {
    const next = new URLSearchParams(params);
    if (values.length > 0) next.set(key, values.join(','));
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const declareButton = isSre ? (
    <Button color="red" leftSection={<IconPlus size={18} />} onClick={() => setDeclaring(true)}>
      Declare incident
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title="Incidents"
        description="Outages and degradations, opened by health checks, rollouts, alerts and people. The list updates live."
        actions={declareButton}
      />
      <Group gap="sm" mb="md">
        <MultiSelect
          aria-label="Status"
          placeholder={filter.status.length === 0 ? 'All statuses' : undefined}
          clearable
          w={320}
          data={stateOptions(STATUS_STYLE)}
          value={listParam(params, 'status').filter(isIncidentStatus)}
          onChange={(values) => setFilter('status', values)}
        />
        <MultiSelect
          aria-label="Severity"
          placeholder={filter.severity.length === 0 ? 'All severities' : undefined}
          clearable
          w={260}
          data={stateOptions(SEVERITY_STYLE)}
          value={listParam(params, 'severity').filter(isSeverity)}
          onChange={(values) => setFilter('severity', values)}
        />
      </Group>
      <LiveUpdatesAlert error={liveError} list />
      <ListStates
        state={{ error, loaded, refetch }}
        errorTitle="Could not load incidents"
        emptyKind="page"
        empty={
          rows.length > 0
            ? null
            : {
                icon: <IconAlertTriangle size={28} />,
                title: filtered ? 'No incidents match these filters' : 'No incidents',
                description: filtered
                  ? 'Clear a filter to see incidents in other statuses or severities.'
                  : 'Health checks open an incident when a deployment goes down or degrades; you can also declare one.',
              }
        }
      >
        <Paper withBorder radius="md">
          <IncidentsTable rows={rows} />
        </Paper>
      </ListStates>
      <DeclareIncidentDialog opened={declaring} onClose={() => setDeclaring(false)} />
    </>
  );
}
