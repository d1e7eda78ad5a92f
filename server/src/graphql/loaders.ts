import DataLoader from 'dataloader';
import type { UserRecord } from '../auth/index.ts';
import type { ModelRow, ReleaseRecord } from '../catalog/index.ts';
import type { HealthReport } from '../health/index.ts';
import type { IncidentRecord } from '../incidents/index.ts';
import type { Services } from './services.ts';

/**
 * Batches the lookups that fields of list items make (a deployment's release and health, a
 * release's model, a ticket's incident and assignee) into one query per kind and tick, instead
 * of one query per item.
 */
export interface Loaders {
  release: DataLoader<string, ReleaseRecord | null>;
  model: DataLoader<string, ModelRow | null>;
  healthReport: DataLoader<string, HealthReport | null>;
  incident: DataLoader<string, IncidentRecord | null>;
  user: DataLoader<string, UserRecord | null>;
}

function byId<V>(
  find: (ids: readonly string[]) => Promise<Map<string, V>>,
  cache: boolean,
): DataLoader<string, V | null> {
  return new DataLoader(
    async (ids) => {
      const found = await find([...new Set(ids)]);
      return ids.map((id) => found.get(id) ?? null);
    },
    { cache },
  );
}

/**
 * Loaders for one operation. `cache` keeps what was loaded for the rest of the operation, right
 * for a query or mutation; a subscription's operation lasts as long as the subscription, so its
 * loaders batch without keeping anything from one event to the next.
 */
export function createLoaders(services: Services, { cache }: { cache: boolean }): Loaders {
  return {
    release: byId((ids) => services.catalog.getReleases(ids), cache),
    model: byId((ids) => services.catalog.getModels(ids), cache),
    healthReport: byId((ids) => services.health.reports(ids), cache),
    incident: byId((ids) => services.incidents.getMany(ids), cache),
    user: byId((ids) => services.users.getMany(ids), cache),
  };
}
