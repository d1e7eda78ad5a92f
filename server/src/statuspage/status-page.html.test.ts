import { describe, expect, it } from 'vitest';
import { escapeHtml, formatTime, renderStatusPage } from './status-page.html.ts';

describe('status page HTML', () => {
  it('escapes everything people typed', () => {
    const html = renderStatusPage({
      updatedAt: '2026-03-01T12:00:00.000Z',
      status: 'degraded',
      components: [{ name: 'Chat <b>', status: 'degraded', maintenance: null }],
      incidents: [
        {
          components: ['Chat <b>'],
          status: 'investigating',
          startedAt: '2026-03-01T11:50:00.000Z',
          updates: [
            {
              status: 'investigating',
              body: '<script>alert(1)</script> & "more"',
              at: '2026-03-01T11:55:00.000Z',
            },
          ],
        },
      ],
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;');
    expect(html).toContain('Some systems are degraded');
    expect(html).not.toMatch(/style=/);
  });

  it('writes times the same for every visitor', () => {
    expect(formatTime('2026-03-01T09:05:00.000Z')).toBe('1 Mar 2026, 09:05 UTC');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('reloads itself only when the reader asks, and says how to stop', () => {
    const status = {
      updatedAt: '2026-03-01T12:00:00.000Z',
      status: 'operational' as const,
      components: [],
      incidents: [],
    };
    const still = renderStatusPage(status);
    expect(still).not.toContain('http-equiv="refresh"');
    expect(still).toContain('<a href="/status?update=minute">Update every minute</a>');
    const updating = renderStatusPage(status, { autoUpdate: true });
    expect(updating).toContain('<meta http-equiv="refresh" content="60">');
    expect(updating).toContain('<a href="/status">Stop updating</a>');
  });
});
