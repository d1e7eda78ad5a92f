import type { ComponentStatus, PublicUpdateStatus } from '../../generated/graphql';

/** The words and colours of the public status page, so the console previews it faithfully. */
export const COMPONENT_STATUS_STYLE: Record<ComponentStatus, { label: string; color: string }> = {
  OPERATIONAL: { label: 'Operational', color: 'green' },
  DEGRADED: { label: 'Degraded performance', color: 'orange' },
  OUTAGE: { label: 'Outage', color: 'red' },
  MAINTENANCE: { label: 'Under maintenance', color: 'blue' },
};

export const UPDATE_STATUSES: readonly PublicUpdateStatus[] = [
  'INVESTIGATING',
  'IDENTIFIED',
  'MONITORING',
  'RESOLVED',
];

export const UPDATE_STATUS_STYLE: Record<PublicUpdateStatus, { label: string; color: string }> = {
  INVESTIGATING: { label: 'Investigating', color: 'red' },
  IDENTIFIED: { label: 'Identified', color: 'orange' },
  MONITORING: { label: 'Monitoring', color: 'blue' },
  RESOLVED: { label: 'Resolved', color: 'green' },
};
