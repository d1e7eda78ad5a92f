export { ChannelsPanel } from './ChannelsPanel';
export { NotificationsCard } from './NotificationsCard';
export { OnCallOverview } from './OnCallOverview';
export { PoliciesPanel } from './PoliciesPanel';
export { ScheduleView } from './ScheduleView';
