import { OnCallOverview } from '../modules/oncall';
import { useBacklineTitle } from '../ui/PageHeader';

export function OnCallPage() {
  useBacklineTitle('On call');
  return <OnCallOverview />;
}
