import { TokensPanel } from '../modules/tokens';
import { useBacklineTitle } from '../ui/PageHeader';

export function TokensSettingsPage() {
  useBacklineTitle('API tokens');
  return <TokensPanel />;
}
