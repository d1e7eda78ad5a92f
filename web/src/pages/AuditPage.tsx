import { AuditLogView } from '../modules/audit';
import { useBacklineTitle } from '../ui/PageHeader';

export function AuditPage() {
  useBacklineTitle('Audit log');
  return <AuditLogView />;
}
