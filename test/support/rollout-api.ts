import { graphql } from './graphql.ts';

/** A GraphQL call as a signed-in user; throws on errors. */
export type Call = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** Calls the Backline at `url()`, which may change (a restarted process gets a new port). */
export function caller(url: () => string, cookie: string): Call {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const result = await graphql<T>(url(), query, variables, { cookie });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
}

/** Registers a small model (or takes `modelId`) and one vLLM release of it per image; their ids, in order. */
export async function vllmReleases(
  call: Call,
  images: string[],
  modelId?: string,
): Promise<string[]> {
  const model =
    modelId ??
    (
      await call<{ registerModel: { model: { id: string } } }>(
        `mutation { registerModel(input: { name: "qwen", family: "Qwen2.5", source: "hf://Qwen/Qwen2.5-0.5B-Instruct",
      revision: "main", license: "Apache-2.0", parameterCountBillions: 0.5, contextLength: 32768, gpuMemoryGiB: 2 }) { model { id } } }`,
      )
    ).registerModel.model.id;
  const ids: string[] = [];
  for (const image of images) {
    const created = await call<{ createRelease: { release: { id: string } } }>(
      `mutation($m: ID!, $image: String!) { createRelease(input: { modelId: $m, runtime: VLLM, image: $image,
        resources: { gpus: 1, cpu: "2", memory: "16Gi" }, expectedLoadSeconds: 30 }) { release { id } } }`,
      { m: model, image },
    );
    ids.push(created.createRelease.release.id);
  }
  return ids;
}

/** Deploys `name` in ml-prod: two replicas in PROD unless `input` says otherwise. */
export function deployTo(call: Call, name: string, input: Record<string, unknown>) {
  return call(
    'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
    { input: { namespace: 'ml-prod', name, environment: 'PROD', replicas: 2, ...input } },
  );
}

/** The audit actions on a rollout, oldest first. */
export async function rolloutAudit(call: Call, rolloutId: string): Promise<string[]> {
  const audit = await call<{ auditLog: { nodes: { action: string }[] } }>(
    'query($id: String!) { auditLog(filter: { targetType: "rollout", targetId: $id }, first: 100) { nodes { action } } }',
    { id: rolloutId },
  );
  return audit.auditLog.nodes.map((n) => n.action).reverse();
}

/** What a canary rollout of two replicas that succeeded audits, once each, oldest first. */
export const PROMOTED_CANARY_AUDIT = [
  'rollout.create',
  'rollout.start',
  'rollout.step',
  'rollout.promote',
  // The canary's two replicas, one at a time, then its Deployment.
  'rollout.hand_over',
  'rollout.hand_over',
  'rollout.remove_canary',
  'rollout.succeed',
];

/** Its transitions as `from→to@step`, each once. */
export const PROMOTED_CANARY_EVENTS = [
  'null→PENDING@null',
  'PENDING→PROGRESSING@0',
  'PROGRESSING→PROGRESSING@1',
  'PROGRESSING→PROMOTING@1',
  'PROMOTING→SUCCEEDED@1',
];
