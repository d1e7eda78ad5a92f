import { graphql } from './graphql.ts';
import { waitFor } from './wait.ts';

/**
 * Registers a small Qwen model (unless `modelId` names one) and a release of it, as the admin
 * behind `cookie`; for tests that need something to deploy.
 */
export async function createTestRelease(
  url: string,
  cookie: string,
  options: {
    modelId?: string;
    modelName?: string;
    /** Where the model's weights come from; an Ollama model needs `ollama://name:tag`. */
    source?: string;
    runtime?: 'VLLM' | 'TGI' | 'LLAMA_CPP' | 'SGLANG' | 'OLLAMA';
    image?: string;
    /** The GPU product its pods ask for, e.g. to be priced by it. */
    gpuProduct?: string;
  } = {},
): Promise<{ modelId: string; releaseId: string }> {
  let modelId = options.modelId;
  if (!modelId) {
    const model = await graphql<{ registerModel: { model: { id: string } } }>(
      url,
      `mutation($name: String!, $source: String!) { registerModel(input: { name: $name, family: "Qwen2.5", source: $source,
        revision: "7ae557604adf67be50417f59c2c2f167def9a775", license: "Apache-2.0", parameterCountBillions: 0.5,
        contextLength: 32768, gpuMemoryGiB: 2 }) { model { id } } }`,
      {
        name: options.modelName ?? 'qwen',
        source: options.source ?? 'hf://Qwen/Qwen2.5-0.5B-Instruct',
      },
      { cookie },
    );
    if (!model.data) throw new Error(`registerModel failed: ${JSON.stringify(model.errors)}`);
    modelId = model.data.registerModel.model.id;
  }
  const release = await graphql<{ createRelease: { release: { id: string } } }>(
    url,
    `mutation($m: ID!, $runtime: Runtime!, $image: String!, $gpuProduct: String) { createRelease(input: { modelId: $m,
      runtime: $runtime, image: $image, resources: { gpus: 1, gpuProduct: $gpuProduct, cpu: "2", memory: "16Gi" },
      expectedLoadSeconds: 30 }) { release { id } } }`,
    {
      m: modelId,
      runtime: options.runtime ?? 'VLLM',
      image: options.image ?? 'vllm/vllm-openai:v0.10.1',
      gpuProduct: options.gpuProduct ?? null,
    },
    { cookie },
  );
  if (!release.data) throw new Error(`createRelease failed: ${JSON.stringify(release.errors)}`);
  return { modelId, releaseId: release.data.createRelease.release.id };
}

/** Deploys one replica of the release to ml-prod/<name> and waits until it is READY. */
export async function deployReady(
  url: string,
  cookie: string,
  releaseId: string,
  name: string,
): Promise<void> {
  const deployed = await graphql(
    url,
    'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
    { input: { namespace: 'ml-prod', name, environment: 'PROD', releaseId, replicas: 1 } },
    { cookie },
  );
  if (deployed.errors)
    throw new Error(`could not deploy ${name}: ${JSON.stringify(deployed.errors)}`);
  await waitFor(
    `ml-prod/${name} to be ready`,
    async () => {
      const result = await graphql<{ deployment: { phase: string } | null }>(
        url,
        'query($name: String!) { deployment(namespace: "ml-prod", name: $name) { phase } }',
        { name },
        { cookie },
      );
      return result.data?.deployment?.phase === 'READY' ? true : undefined;
    },
    60_000,
  );
}
