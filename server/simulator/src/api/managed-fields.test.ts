import { describe, expect, it } from 'vitest';
import {
  applyOwnership,
  describePath,
  fieldSetOf,
  findConflicts,
  removeAll,
} from './managed-fields.ts';

const config = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'chat', labels: { app: 'chat' } },
  spec: {
    replicas: 2,
    template: { spec: { containers: [{ name: 'vllm', image: 'vllm/vllm-openai:v0.9.2' }] } },
  },
};

describe('managed fields', () => {
  it('builds FieldsV1 with keyed list items', () => {
    const set = fieldSetOf(config);
    expect(
      set['f:spec']?.['f:template']?.['f:spec']?.['f:containers']?.['k:{"name":"vllm"}']?.[
        'f:image'
      ],
    ).toEqual({});
    expect(set['f:metadata']?.['f:labels']?.['.']).toEqual({});
    expect(set['f:metadata']?.['f:name']).toBeUndefined();
  });

  it('finds conflicts with another manager only when values differ', () => {
    const { managedFields } = applyOwnership(undefined, config, 'backline', 'apps/v1', 't', false);
    const live = { ...config, metadata: { ...config.metadata, managedFields } };
    const same = findConflicts(live, config, 'kubectl');
    expect(same).toEqual([]);
    const changed = { ...config, spec: { ...config.spec, replicas: 5 } };
    expect(findConflicts(live, changed, 'kubectl')).toEqual([
      { manager: 'backline', apiVersion: 'apps/v1', field: '.spec.replicas' },
    ]);
  });

  it('takes by force only the fields applied with another value; the rest stay shared', () => {
    const helm = applyOwnership(undefined, config, 'helm', 'apps/v1', 't', false);
    const live = { ...config, metadata: { ...config.metadata, managedFields: helm.managedFields } };
    const changed = { ...config, spec: { ...config.spec, replicas: 5 } };
    const { managedFields } = applyOwnership(live, changed, 'backline', 'apps/v1', 't', true);
    const helmSet = managedFields.find((m) => m.manager === 'helm')?.fieldsV1 as Record<
      string,
      Record<string, unknown>
    >;
    expect(helmSet['f:spec']?.['f:replicas']).toBeUndefined();
    expect(helmSet['f:spec']?.['f:template']).toBeDefined();
  });

  it('removes a list item its sole owner no longer applies as a whole, not field by field', () => {
    const { managedFields } = applyOwnership(undefined, config, 'backline', 'apps/v1', 't', false);
    const live = { ...structuredClone(config), metadata: { ...config.metadata, managedFields } };
    const next = structuredClone(config);
    next.spec.template.spec.containers = [{ name: 'server', image: 'vllm/vllm-openai:v0.10.1' }];
    const { removed } = applyOwnership(live, next, 'backline', 'apps/v1', 't', false);
    const merged = structuredClone(live);
    merged.spec.template.spec.containers.push({
      name: 'server',
      image: 'vllm/vllm-openai:v0.10.1',
    });
    removeAll(merged, removed);
    expect(merged.spec.template.spec.containers).toEqual([
      { name: 'server', image: 'vllm/vllm-openai:v0.10.1' },
    ]);
  });

  it('describes list item paths like the API server', () => {
    expect(describePath(['f:spec', 'f:containers', 'k:{"name":"vllm"}', 'f:image'])).toBe(
      '.spec.containers[name="vllm"].image',
    );
  });
});
