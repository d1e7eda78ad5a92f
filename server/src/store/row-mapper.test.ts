import { describe, expect, it } from 'vitest';
import { rowMapper } from './row-mapper.ts';

interface Item {
  id: string;
  incidentId: string;
  dueDate: string | null;
  count: number;
  createdAt: Date;
}

describe('rowMapper', () => {
  const items = rowMapper<Item>()(
    `i.id, i.incident_id, to_char(due_date, 'YYYY-MM-DD') AS due_date,
      count, created_at`,
    { count: (r) => Number(r.count) },
  );

  it('keeps the SELECT list as written', () => {
    expect(items.columns).toBe(`i.id, i.incident_id, to_char(due_date, 'YYYY-MM-DD') AS due_date,
      count, created_at`);
  });

  it('fills each camelCase field from its column and computes the read ones', () => {
    const at = new Date('2026-01-02T03:04:05Z');
    expect(
      items.from({ id: 'a', incident_id: 'b', due_date: '2026-01-31', count: '7', created_at: at }),
    ).toStrictEqual({ id: 'a', incidentId: 'b', dueDate: '2026-01-31', count: 7, createdAt: at });
  });

  it('leaves the columns only readers use out of the record', () => {
    const renamed = rowMapper<{ id: string; gpuMemoryGiB: number }>()(
      'id, gpu_memory_gib',
      { gpuMemoryGiB: (r) => Number(r.gpu_memory_gib) },
      ['gpu_memory_gib'],
    );
    expect(renamed.from({ id: 'm', gpu_memory_gib: '24' })).toStrictEqual({
      id: 'm',
      gpuMemoryGiB: 24,
    });
  });

  it('does not compile when a column names no field or a field has no column', () => {
    // @ts-expect-error `created_by` names no field of Item
    rowMapper<Item>()('id, incident_id, due_date, count, created_at, created_by');
    // @ts-expect-error nothing fills `count`
    rowMapper<Item>()('id, incident_id, due_date, created_at');
  });
});
