import { CatalogView } from '../modules/catalog';
import { useBacklineTitle } from '../ui/PageHeader';

export function CatalogPage() {
  useBacklineTitle('Catalog');
  return <CatalogView />;
}
