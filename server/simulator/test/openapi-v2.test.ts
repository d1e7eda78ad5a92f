import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../src/index.ts';

describe('the OpenAPI v2 document', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ fleet: 'empty' });
  });
  afterAll(() => sim?.stop());

  it('serves every kind’s definition, with the upstream descriptions and v2 references', async () => {
    const response = await fetch(`${sim.url}/openapi/v2`, {
      headers: { accept: 'application/json' },
    });
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      swagger: string;
      definitions: Record<
        string,
        { description?: string; properties?: Record<string, Record<string, unknown>> }
      >;
      paths: Record<string, { patch: { parameters: { name: string; type?: string }[] } }>;
    };
    expect(doc.swagger).toBe('2.0');
    const deployment = doc.definitions['io.k8s.api.apps.v1.Deployment'];
    expect(deployment?.['x-kubernetes-group-version-kind' as never]).toEqual([
      { group: 'apps', kind: 'Deployment', version: 'v1' },
    ]);
    expect(
      doc.definitions['io.k8s.api.apps.v1.DeploymentSpec']?.properties?.replicas,
    ).toMatchObject({
      type: 'integer',
      description: expect.stringContaining('Number of desired pods.'),
    });
    expect(JSON.stringify(doc)).not.toContain('#/components/schemas/');
    expect(doc.definitions['io.k8s.api.rbac.v1.Role']).toBeDefined();
    expect(
      doc.paths['/apis/apps/v1/namespaces/{namespace}/deployments/{name}']?.patch.parameters,
    ).toContainEqual(expect.objectContaining({ name: 'fieldValidation', type: 'string' }));
  });

  it('answers 406 to a client that accepts only its protobuf form', async () => {
    const response = await fetch(`${sim.url}/openapi/v2`, {
      headers: { accept: 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf' },
    });
    expect(response.status).toBe(406);
    expect(((await response.json()) as { reason: string }).reason).toBe('NotAcceptable');
  });
});
