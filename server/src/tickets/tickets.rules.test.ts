import { describe, expect, it } from 'vitest';
import {
  canTransition,
  dueForClose,
  onIncidentStatus,
  PAUSED_BY,
  statusAfterAgentReply,
  statusAfterCustomerReply,
  statusOnLink,
  TRANSITIONS,
} from './tickets.rules.ts';
import { TICKET_STATUSES } from './tickets.types.ts';

describe('ticket lifecycle', () => {
  it.each([
    ['NEW', 'OPEN', true],
    ['OPEN', 'PENDING_CUSTOMER', true],
    ['PENDING_CUSTOMER', 'OPEN', true],
    ['OPEN', 'PENDING_INCIDENT', true],
    ['PENDING_INCIDENT', 'OPEN', true],
    ['OPEN', 'RESOLVED', true],
    ['RESOLVED', 'OPEN', true],
    ['RESOLVED', 'CLOSED', true],
    ['OPEN', 'MERGED', true],
    ['OPEN', 'CLOSED', false],
    ['NEW', 'CLOSED', false],
    ['RESOLVED', 'PENDING_CUSTOMER', false],
    ['CLOSED', 'OPEN', false],
    ['MERGED', 'OPEN', false],
    ['OPEN', 'NEW', false],
  ] as const)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it('has an entry for every status, and nothing returns to NEW', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...TICKET_STATUSES].sort());
    for (const next of Object.values(TRANSITIONS)) expect(next).not.toContain('NEW');
    expect(TRANSITIONS.CLOSED).toEqual([]);
    expect(TRANSITIONS.MERGED).toEqual([]);
  });

  it('opens a NEW ticket on the first agent reply, and reopens on a customer reply', () => {
    expect(statusAfterAgentReply('NEW')).toBe('OPEN');
    expect(statusAfterAgentReply('PENDING_CUSTOMER')).toBe('PENDING_CUSTOMER');
    expect(statusAfterCustomerReply('PENDING_CUSTOMER')).toBe('OPEN');
    expect(statusAfterCustomerReply('RESOLVED')).toBe('OPEN');
    expect(statusAfterCustomerReply('PENDING_INCIDENT')).toBe('PENDING_INCIDENT');
  });
});

describe('SLA pauses', () => {
  it('stops every clock while waiting for the customer, only resolution while waiting for an incident', () => {
    for (const clock of ['FIRST_RESPONSE', 'NEXT_UPDATE', 'RESOLUTION'] as const) {
      expect(PAUSED_BY[clock]).toContain('PENDING_CUSTOMER');
      expect(PAUSED_BY[clock]).toContain('RESOLVED');
    }
    expect(PAUSED_BY.RESOLUTION).toContain('PENDING_INCIDENT');
    expect(PAUSED_BY.FIRST_RESPONSE).not.toContain('PENDING_INCIDENT');
    expect(PAUSED_BY.NEXT_UPDATE).not.toContain('PENDING_INCIDENT');
  });
});

describe('incident links', () => {
  it('waits on an open incident only while the ticket is active', () => {
    expect(statusOnLink('OPEN', true)).toBe('PENDING_INCIDENT');
    expect(statusOnLink('NEW', true)).toBe('PENDING_INCIDENT');
    expect(statusOnLink('OPEN', false)).toBe('OPEN');
    expect(statusOnLink('RESOLVED', true)).toBe('RESOLVED');
  });

  it.each([
    ['TRIGGERED', 'WAIT'],
    ['ACKNOWLEDGED', 'WAIT'],
    ['MITIGATED', 'WAIT'],
    ['RESOLVED', 'REOPEN_WITH_SUMMARY'],
    ['CLOSED', 'REOPEN_WITH_SUMMARY'],
    ['CANCELED', 'REOPEN'],
    ['MERGED', 'FOLLOW_MERGE'],
  ] as const)('an incident becoming %s: %s', (status, outcome) => {
    expect(onIncidentStatus(status)).toBe(outcome);
  });
});

describe('auto-close', () => {
  const day = 86_400_000;
  const resolvedAt = new Date('2026-11-20T10:00:00Z');
  it('closes RESOLVED tickets after the configured time, nothing else', () => {
    expect(dueForClose('RESOLVED', resolvedAt, new Date('2026-11-27T10:00:00Z'), 7 * day)).toBe(
      true,
    );
    expect(dueForClose('RESOLVED', resolvedAt, new Date('2026-11-27T09:59:59Z'), 7 * day)).toBe(
      false,
    );
    expect(dueForClose('OPEN', resolvedAt, new Date('2026-12-27T10:00:00Z'), 7 * day)).toBe(false);
  });
});
