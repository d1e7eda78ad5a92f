import { PoliciesPanel } from '../modules/oncall';
import { useBacklineTitle } from '../ui/PageHeader';

export function EscalationPoliciesPage() {
  useBacklineTitle('Escalation policies');
  return <PoliciesPanel />;
}
