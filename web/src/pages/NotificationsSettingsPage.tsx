import { ChannelsPanel } from '../modules/oncall';
import { useBacklineTitle } from '../ui/PageHeader';

export function NotificationsSettingsPage() {
  useBacklineTitle('Notifications');
  return <ChannelsPanel />;
}
