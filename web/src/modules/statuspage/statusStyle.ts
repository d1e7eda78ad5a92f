import type { ComponentStatus, PublicUpdateStatus } from '../../generated/graphql';
import { stateStyles } from '../../ui/stateStyle';

/** The words and colours of the public status page, so the console previews it faithfully. */
export const COMPONENT_STATUS_STYLE = stateStyles<ComponentStatus>(
  { OPERATIONAL: 'green', DEGRADED: 'orange', OUTAGE: 'red', MAINTENANCE: 'blue' },
  { DEGRADED: 'Degraded performance', MAINTENANCE: 'Under maintenance' },
);

export const UPDATE_STATUS_STYLE = stateStyles<PublicUpdateStatus>({
  INVESTIGATING: 'red',
  IDENTIFIED: 'orange',
  MONITORING: 'blue',
  RESOLVED: 'green',
});
