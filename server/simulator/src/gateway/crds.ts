import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import type { Registry } from '../api/registry.ts';
import { byStorage, R } from '../api/resources.ts';
import type { KubeObject } from '../store/types.ts';

export const GATEWAY_GROUP = 'gateway.networking.k8s.io';
export const INFERENCE_GROUP = 'inference.networking.k8s.io';

/** Storage keys of the kinds the simulated gateway reads. */
export const G = {
  gatewayclasses: `${GATEWAY_GROUP}/gatewayclasses`,
  gateways: `${GATEWAY_GROUP}/gateways`,
  httproutes: `${GATEWAY_GROUP}/httproutes`,
  inferencepools: `${INFERENCE_GROUP}/inferencepools`,
} as const;

/** The controller name of the simulated gateway's GatewayClass. */
export const SIM_CONTROLLER = 'simulator.backline.dev/gateway-controller';
/** The GatewayClass every simulator has (with the Gateway API served). */
export const SIM_GATEWAY_CLASS = 'simulated';
/** The demo fleet's Gateway: `gateway-system/inference`. */
export const DEMO_GATEWAY = { namespace: 'gateway-system', name: 'inference' } as const;

function definitions(file: string): KubeObject[] {
  const text = readFileSync(new URL(file, import.meta.url), 'utf8');
  return parseAllDocuments(text).map((doc) => doc.toJSON() as KubeObject);
}

/** The CustomResourceDefinitions of GatewayClass, Gateway and HTTPRoute (Gateway API v1.2.1). */
export function gatewayApiCrds(): KubeObject[] {
  return definitions('./gateway-api-v1.2.yaml');
}

/** The CustomResourceDefinition of InferencePool (inference.networking.k8s.io/v1). */
export function inferencePoolCrds(): KubeObject[] {
  return definitions('./inference-pool-v1.yaml');
}

/** Creates the definitions that are not there yet, as `kubectl apply` of the bundle would. */
export function installCrds(registry: Registry, crds: KubeObject[]): void {
  const def = byStorage(R.customresourcedefinitions);
  for (const crd of crds) {
    if (registry.store.get(R.customresourcedefinitions, undefined, crd.metadata.name ?? ''))
      continue;
    registry.create(def, undefined, crd);
  }
}

/** Creates an object of a custom kind unless one of that name is there already. */
export function ensureObject(
  registry: Registry,
  storage: string,
  namespace: string | undefined,
  obj: KubeObject,
): void {
  const def = registry.catalog.byStorage(storage);
  if (registry.store.get(storage, def.namespaced ? namespace : undefined, obj.metadata.name ?? ''))
    return;
  registry.create(def, namespace, obj);
}

/** The GatewayClass of the simulated gateway. */
export function simulatedGatewayClass(): KubeObject {
  return {
    apiVersion: `${GATEWAY_GROUP}/v1`,
    kind: 'GatewayClass',
    metadata: { name: SIM_GATEWAY_CLASS },
    spec: {
      controllerName: SIM_CONTROLLER,
      description: 'The simulated gateway of the simulated cluster',
    },
  };
}

/**
 * A Gateway of the simulated class: one HTTP listener on port 80 that takes routes from every
 * namespace. The demo fleet has one (`DEMO_GATEWAY`); tests and benches make their own.
 */
export function simulatedGateway(
  ref: { namespace: string; name: string } = DEMO_GATEWAY,
): KubeObject {
  return {
    apiVersion: `${GATEWAY_GROUP}/v1`,
    kind: 'Gateway',
    metadata: { name: ref.name, namespace: ref.namespace },
    spec: {
      gatewayClassName: SIM_GATEWAY_CLASS,
      listeners: [
        {
          name: 'http',
          port: 80,
          protocol: 'HTTP',
          allowedRoutes: { namespaces: { from: 'All' } },
        },
      ],
    },
  };
}
