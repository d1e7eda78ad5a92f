import { byStorage, R } from '../api/resources.ts';
import type { StoreEvent } from '../store/store.ts';
import type { Controller, ControllerContext } from './context.ts';

const CA =
  '-----BEGIN CERTIFICATE-----\nMIIBdzCCAR2gAwIBAgIBADAKBggqhkjOPQQDAjAjMSEwHwYDVQQDDBhrM3Mtc2Vy\n-----END CERTIFICATE-----\n';

/** What the service-account and root-CA publishers create in every new namespace. */
export class NamespaceDefaults implements Controller {
  private readonly unsubscribe: () => void;

  constructor(ctx: ControllerContext) {
    const setup = (ns: string): void => {
      if (!ctx.store.get(R.serviceaccounts, ns, 'default')) {
        ctx.registry.create(
          byStorage(R.serviceaccounts),
          ns,
          { metadata: { name: 'default' } },
          { skipValidation: true },
        );
      }
      if (!ctx.store.get(R.configmaps, ns, 'kube-root-ca.crt')) {
        ctx.registry.create(
          byStorage(R.configmaps),
          ns,
          {
            metadata: {
              name: 'kube-root-ca.crt',
              annotations: {
                'kubernetes.io/description':
                  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.',
              },
            },
            data: { 'ca.crt': CA },
          },
          { skipValidation: true },
        );
      }
    };
    this.unsubscribe = ctx.store.subscribe((event: StoreEvent) => {
      if (event.resource === R.namespaces && event.type === 'ADDED')
        setup(event.object.metadata.name ?? '');
    });
    for (const ns of ctx.store.values(R.namespaces)) setup(ns.metadata.name ?? '');
  }

  stop(): void {
    this.unsubscribe();
  }
}
