import { useViewer } from '../modules/auth';
import { UsersPanel } from '../modules/users';
import { NotForYourRole } from '../ui/NotForYourRole';
import { useBacklineTitle } from '../ui/PageHeader';

export function UsersSettingsPage() {
  useBacklineTitle('Users');
  const viewer = useViewer();
  if (viewer.role !== 'ADMIN') {
    return (
      <NotForYourRole
        title="Only admins manage users"
        description="Ask an admin if someone needs an account or a different role."
      />
    );
  }
  return <UsersPanel />;
}
