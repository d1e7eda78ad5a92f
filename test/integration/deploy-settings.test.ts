import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login } from '../support/graphql.ts';
import { createTestRelease } from '../support/releases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const DEPLOY =
  'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { releaseId: release { id } strategy sloErrorRatio sloTtftP95Ms } } }';

interface Deployed {
  deployRelease: {
    deployment: {
      releaseId: { id: string };
      strategy: string;
      sloErrorRatio: number | null;
      sloTtftP95Ms: number | null;
    };
  };
}

describe('deploying a new release to an existing deployment', () => {
  let server: TestServer;
  let cookie: string;
  let first: string;
  let second: string;
  let third: string;

  beforeAll(async () => {
    server = await startTestServer({ env: { BACKLINE_NAMESPACES: 'ml-prod' } });
    cookie = await login(server.url, server.adminEmail, server.adminPassword);
    const a = await createTestRelease(server.url, cookie, { modelName: 'keeps' });
    first = a.releaseId;
    second = (
      await createTestRelease(server.url, cookie, {
        modelId: a.modelId,
        image: 'vllm/vllm-openai:v0.10.2',
      })
    ).releaseId;
    third = (
      await createTestRelease(server.url, cookie, {
        modelId: a.modelId,
        image: 'vllm/vllm-openai:v0.11.0',
      })
    ).releaseId;
  });
  afterAll(() => server?.stop());

  const deploy = async (input: Record<string, unknown>) => {
    const result = await graphql<Deployed>(
      server.url,
      DEPLOY,
      {
        input: { namespace: 'ml-prod', name: 'keeps', environment: 'PROD', replicas: 0, ...input },
      },
      { cookie },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.deployRelease.deployment;
  };

  it('keeps its SLOs and strategy when the new deploy does not name them, and clears them on an explicit null', async () => {
    await deploy({ releaseId: first, strategy: 'CANARY', sloErrorRatio: 0.02, sloTtftP95Ms: 900 });
    // What a script or the create form submitted again sends: a release, no settings.
    expect(await deploy({ releaseId: second })).toEqual({
      releaseId: { id: second },
      strategy: 'CANARY',
      sloErrorRatio: 0.02,
      sloTtftP95Ms: 900,
    });
    expect(await deploy({ releaseId: third, sloErrorRatio: null, sloTtftP95Ms: 1200 })).toEqual({
      releaseId: { id: third },
      strategy: 'CANARY',
      sloErrorRatio: null,
      sloTtftP95Ms: 1200,
    });
  });
});
