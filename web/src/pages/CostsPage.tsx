import { CostsView } from '../modules/costs';
import { useBacklineTitle } from '../ui/PageHeader';

export function CostsPage() {
  useBacklineTitle('Costs');
  return <CostsView />;
}
