export { ChannelsPanel } from './ChannelsPanel';
export { NotificationsCard } from './NotificationsCard';
export { OnCallOverview } from './OnCallOverview';
export { PagingReadinessBanner, usePagingReadiness } from './PagingReadinessBanner';
export { PoliciesPanel } from './PoliciesPanel';
export { ScheduleView } from './ScheduleView';
