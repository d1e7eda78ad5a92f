import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SubscriptionForwarder } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { auditEntryFixture } from '../../testing/fixtures';
import { manualSubscriptions } from '../../testing/manualSubscriptions';
import { renderApp } from '../../testing/renderApp';

function page(from: number, to: number) {
  const nodes = [];
  for (let seq = from; seq >= to; seq -= 1) nodes.push(auditEntryFixture(seq));
  return nodes;
}

const verified = {
  data: {
    verifyAuditLog: {
      __typename: 'AuditVerification',
      ok: true,
      checked: 60,
      headHash: 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00',
      verifiedAt: '2026-01-01T12:00:00.000Z',
      firstMismatch: null,
    },
  },
};

function auditLogHandler(variables: Record<string, unknown>) {
  const after = variables.after as string | null;
  const nodes = after ? page(10, 1) : page(60, 11);
  return {
    data: {
      auditLog: {
        __typename: 'AuditEntryConnection',
        totalCount: 60,
        pageInfo: { __typename: 'PageInfo', hasNextPage: !after, endCursor: after ? null : '11' },
        nodes,
      },
    },
  };
}

describe('the audit log', () => {
  it('lists entries newest first and loads older ones from the end cursor', async () => {
    const { server } = renderApp({
      path: '/audit',
      role: 'VIEWER',
      handlers: { auditLog: auditLogHandler, verifyAuditLog: () => verified },
    });
    await screen.findByText('50 of 60 entries');
    const rows = screen.getAllByTestId('audit-row');
    expect(rows).toHaveLength(50);
    expect(within(rows[0] as HTMLElement).getByText('60')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('60 of 60 entries');
    expect(server.callsTo('AuditLog')[1]?.variables).toMatchObject({ after: '11', first: 50 });
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('shows a passing verification with its count and head hash', async () => {
    renderApp({
      path: '/audit',
      handlers: { auditLog: auditLogHandler, verifyAuditLog: () => verified },
    });
    const panel = await screen.findByTestId('audit-verification');
    expect(panel.dataset.status).toBe('ok');
    expect(within(panel).getByText('Chain verified')).toBeTruthy();
    expect(within(panel).getByText('60')).toBeTruthy();
    expect(within(panel).getByTestId('audit-head-hash').textContent).toBe(
      verified.data.verifyAuditLog.headHash,
    );
  });

  it('checks the chain once the entries have loaded, so they are not kept waiting by it', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { server } = renderApp({
      path: '/audit',
      handlers: {
        auditLog: async (variables) => {
          await held;
          return auditLogHandler(variables);
        },
        verifyAuditLog: () => verified,
      },
    });
    await waitFor(() => expect(server.callsTo('AuditLog')).toHaveLength(1));
    expect(screen.getByText('Verifying the hash chain…')).toBeTruthy();
    expect(server.callsTo('VerifyAuditLog')).toHaveLength(0);
    release();
    await screen.findByText('50 of 60 entries');
    expect((await screen.findByTestId('audit-verification')).dataset.status).toBe('ok');
    expect(server.callsTo('VerifyAuditLog')).toHaveLength(1);
  });

  it('names the first mismatching entry when the chain is broken', async () => {
    renderApp({
      path: '/audit',
      handlers: {
        auditLog: auditLogHandler,
        verifyAuditLog: () => ({
          data: {
            verifyAuditLog: {
              ...verified.data.verifyAuditLog,
              ok: false,
              checked: 17,
              headHash: null,
              firstMismatch: {
                __typename: 'AuditMismatch',
                seq: '17',
                kind: 'HASH',
                message: 'Stored hash differs from the recomputed one.',
                expected: 'aaa111',
                actual: 'bbb222',
              },
            },
          },
        }),
      },
    });
    const panel = await screen.findByTestId('audit-verification');
    expect(panel.dataset.status).toBe('failed');
    expect(within(panel).getByText('Chain verification failed at entry #17')).toBeTruthy();
    expect(within(panel).getByTestId('audit-mismatch-kind').textContent).toBe('Entry altered');
    expect(within(panel).getByText('Stored hash differs from the recomputed one.')).toBeTruthy();
    expect(within(panel).getByText('aaa111')).toBeTruthy();
    expect(within(panel).getByText('bbb222')).toBeTruthy();
  });

  it('applies filters to the query, the URL and the export link', async () => {
    const { server, router } = renderApp({
      path: '/audit',
      handlers: { auditLog: auditLogHandler, verifyAuditLog: () => verified },
    });
    await screen.findByText('50 of 60 entries');
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'token.' } });
    fireEvent.change(screen.getByLabelText('Target type'), { target: { value: 'api_token' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() =>
      expect(server.callsTo('AuditLog').at(-1)?.variables).toMatchObject({
        filter: { action: 'token.', targetType: 'api_token' },
        after: null,
      }),
    );
    expect(router.state.location.search).toBe('?action=token.&targetType=api_token');
    const exportLink = screen.getByRole('link', { name: /Export NDJSON/ });
    expect(exportLink.getAttribute('href')).toBe(
      '/api/audit/export?action=token.&targetType=api_token',
    );
    // The chain is the whole log's, whatever the filters: it is not checked again for them.
    await screen.findByText('50 of 60 matching entries');
    expect(server.callsTo('VerifyAuditLog')).toHaveLength(1);
  });

  it('expands an entry to show its details and hashes', async () => {
    renderApp({
      path: '/audit',
      handlers: { auditLog: auditLogHandler, verifyAuditLog: () => verified },
    });
    const toggle = await screen.findByRole('button', { name: 'Show details of entry 60' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByText(/person60@example\.com/)).toBeTruthy();
    expect(screen.getByText('hash-60')).toBeTruthy();
  });

  it('adds entries live as they are appended', async () => {
    const live = manualSubscriptions();
    renderApp({
      path: '/audit',
      forwardSubscription: live.forwardSubscription,
      handlers: { auditLog: auditLogHandler, verifyAuditLog: () => verified },
    });
    await screen.findByText('50 of 60 entries');
    await waitFor(() => expect(live.count('auditEntryAppended')).toBeGreaterThan(0));
    act(() => live.push({ auditEntryAppended: auditEntryFixture(61, { action: 'token.create' }) }));
    await screen.findByText('51 of 61 entries');
    const first = screen.getAllByTestId('audit-row')[0] as HTMLElement;
    expect(first.dataset.action).toBe('token.create');
    expect(await screen.findByText(/1 new entry since/)).toBeTruthy();
  });

  it('says when live updates stop', async () => {
    const forwardSubscription: SubscriptionForwarder = () => ({
      subscribe(sink) {
        queueMicrotask(() => sink.error(new Error('socket closed')));
        return { unsubscribe: () => {} };
      },
    });
    renderApp({
      path: '/audit',
      forwardSubscription,
      handlers: { auditLog: auditLogHandler, verifyAuditLog: () => verified },
    });
    expect(await screen.findByText('Live updates paused')).toBeTruthy();
    expect(screen.queryByText('Live')).toBeNull();
  });
});
